Console.WriteLine("NewsApi seeder");
