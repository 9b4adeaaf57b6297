using System.Globalization;
using System.Text;

namespace NewsApi.Seeder.Tests.Faults;

/// <summary>
/// Writes a folder of news-like documents in the seed format (section, headline, a dateline paragraph, more
/// paragraphs) from a few sentence templates and name lists: enough variety for the seeder to find, merge and link
/// people, organisations and places across articles, and reproducible from the seed.
/// </summary>
public static class GeneratedNewsCorpus
{
    private sealed record Person(string Role, string First, string Last)
    {
        public string Full => $"{First} {Last}";
    }

    private sealed record Organisation(string Name, string Acronym);

    private static readonly Person[] People =
    [
        new("Prime Minister", "Shehbaz", "Sharif"), new("President", "Ilham", "Aliyev"), new("Foreign Minister", "Hakan", "Fidan"),
        new("Defence Minister", "Khawaja", "Asif"), new("Finance Minister", "Muhammad", "Aurangzeb"), new("Chief Justice", "Yahya", "Afridi"),
        new("Governor", "Jameel", "Ahmad"), new("Senator", "Sherry", "Rehman"), new("Ambassador", "Donald", "Blome"),
        new("Secretary-General", "Antonio", "Guterres"), new("Minister of Health", "Mustafa", "Kamal"), new("Mayor", "Murtaza", "Wahab"),
        new("Chief Minister", "Maryam", "Nawaz"), new("President", "Emmanuel", "Macron"), new("Chancellor", "Friedrich", "Merz"),
    ];

    private static readonly Organisation[] Organisations =
    [
        new("World Health Organization", "WHO"), new("International Monetary Fund", "IMF"), new("National Disaster Management Authority", "NDMA"),
        new("Asian Development Bank", "ADB"), new("Pakistan Cricket Board", "PCB"), new("State Bank of Pakistan", "SBP"),
        new("Federal Board of Revenue", "FBR"), new("Election Commission of Pakistan", "ECP"),
    ];

    private static readonly string[] Places =
    [
        "Islamabad", "Lahore", "Karachi", "Peshawar", "Quetta", "Baku", "Ankara", "Istanbul", "Beijing", "London", "Paris", "Berlin",
        "Geneva", "Washington", "Dubai", "Riyadh", "Tehran", "Kabul", "Multan", "Gwadar",
    ];

    private static readonly string[] Sections = ["International", "National", "Business", "Sport", "Health"];

    private static readonly string[] Topics =
    [
        "trade and investment", "regional security", "flood relief", "energy cooperation", "the budget deficit", "vaccination drives",
        "cricket ties", "climate finance", "tax reforms", "the upcoming elections", "water sharing", "railway links",
    ];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static void Write(string directory, int count, int seed)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"{i:D5}_generated.txt"), Document(random), Encoding.UTF8);
        }
    }

    private static string Document(Random random)
    {
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        var host = Pick(People);
        var guest = Pick(People.Where(person => person != host).ToArray());
        var organisation = Pick(Organisations);
        var (city, venue, other) = (Pick(Places), Pick(Places), Pick(Places));
        var topic = Pick(Topics);
        var day = Pick(Days);

        string[] paragraphs =
        [
            Pick(Sections),
            $"{host.Last} and {guest.Last} Discuss {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(topic)} in {venue}",
            $"{city.ToUpperInvariant()}: {host.Role} {host.Full} met {guest.Role} {guest.Full} in {venue} on {day} to discuss {topic}.",
            $"According to a statement issued by the {organisation.Name} ({organisation.Acronym}), the talks focused on {topic} and on "
                + $"closer ties between the two sides.",
            $"{host.Last} said the meeting had been productive. \"We agreed to meet again in {other} before the end of the year,\" "
                + $"{host.Role.ToLowerInvariant()} {host.Last} told reporters.",
            $"{guest.Role} {guest.Last} thanked the people of {city} for their hospitality, the {organisation.Acronym} said.",
            $"Officials from the {organisation.Acronym} will travel to {other} next month, where {topic} is expected to top the agenda "
                + $"of a meeting chaired by {host.Full}.",
        ];
        return string.Join("\n\n", paragraphs) + "\n";
    }
}
