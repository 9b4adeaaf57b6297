namespace NewsApi.Seeder.Corpus;

/// <summary>A person as the generator writes them: a title used before the full name, and the surname used alone later.</summary>
public sealed record CorpusPerson(string Title, string GivenName, string Surname)
{
    public string FullName => $"{GivenName} {Surname}";
}

/// <summary>An organisation whose acronym an article defines once ("Full Name (ACR)") and then uses alone.</summary>
public sealed record CorpusOrganisation(string Name, string Acronym);

/// <summary>
/// The invented names and phrases the synthetic corpus is built from. Invented on purpose: the corpus must not copy the
/// seed or bench documents, and made-up names keep the benchmark from depending on what the gazetteers happen to know.
/// Names are combined (given name x surname, region x body), so a large corpus still has thousands of distinct entities.
/// </summary>
public static class CorpusVocabulary
{
    public static readonly string[] Titles =
    [
        "Prime Minister", "President", "Foreign Minister", "Finance Minister", "Defence Minister", "Senator", "Governor",
        "Mayor", "Ambassador", "Chief Justice", "Interior Minister", "Trade Minister", "General", "Professor", "Dr",
        "Chief Executive", "Chairman", "Spokesperson", "Commissioner", "Health Minister",
    ];

    public static readonly string[] GivenNames =
    [
        "Amara", "Bilal", "Corina", "Dario", "Elif", "Farid", "Greta", "Hamza", "Ines", "Jonas", "Kamala", "Leandro",
        "Mirela", "Nadir", "Odile", "Pavel", "Qamar", "Rosalind", "Sami", "Talia", "Umar", "Vesna", "Wendell", "Xenia",
        "Yusra", "Zoran", "Anouk", "Bruno", "Celeste", "Daniyal", "Esther", "Florin", "Gideon", "Hana", "Idris", "Judith",
    ];

    public static readonly string[] Surnames =
    [
        "Okonkwo", "Varga", "Delacroix", "Haddadi", "Lindqvist", "Mbeki", "Castellano", "Nowak", "Qureshi", "Ferreira",
        "Takahashi", "Oyelaran", "Brennan", "Kovalenko", "Achterberg", "Rahimov", "Solberg", "Esposito", "Karimi", "Duarte",
        "Halvorsen", "Mensah", "Petrescu", "Zubairi", "Ilunga", "Vasquez", "Hollis", "Anand", "Marchetti", "Baransky",
        "Okafor", "Sandoval", "Whitcombe", "Jovanovic", "Tremblay", "Abubakar", "Lindgren", "Moreau", "Sarwar", "Castillo",
    ];

    public static readonly string[] Regions =
    [
        "Northern", "Coastal", "Eastern", "Midland", "Western", "Southern", "Highland", "Lakeside", "Delta", "Frontier",
    ];

    public static readonly (string Body, string Letter)[] Bodies =
    [
        ("Development Authority", "DA"), ("Water Commission", "WC"), ("Energy Agency", "EA"), ("Trade Council", "TC"),
        ("Health Service", "HS"), ("Investment Bank", "IB"), ("Railways Board", "RB"), ("Election Commission", "EC"),
        ("Revenue Authority", "RA"), ("Disaster Management Agency", "DMA"),
    ];

    public static readonly string[] Places =
    [
        "Valdoria", "Port Emmerich", "Karsun", "Belmora", "Tiranvale", "Oskarsholm", "Marrabad", "Lunetta", "Zhelovo",
        "Santa Ocra", "Fenwick Bay", "Qasimpur", "Aldermoor", "Novy Brest", "Ravensfield", "Tal Harun", "Corvessa",
        "Dunmaren", "Ismirov", "Kelantis", "Porto Vires", "Halden Cross", "Maravilla", "Saint Odran", "Brakkenfjord",
        "Umbergate", "Yaremchuk", "El Marsa", "Oldcastle", "Verdania",
    ];

    public static readonly string[] Sections = ["International", "National", "Business", "Sport", "Health", "Technology"];

    public static readonly string[] Topics =
    [
        "trade and investment", "regional security", "flood relief", "energy cooperation", "tax reform", "climate finance",
        "railway links", "water sharing", "public health", "port expansion", "digital payments", "food security",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Openings put before a body sentence now and then, so no two articles share long runs of words.</summary>
    public static readonly string[] Openings =
    [
        "Earlier this month, ", "In a separate development, ", "Speaking at a press conference, ", "Later in the day, ",
        "Meanwhile, ", "At the same time, ", "According to officials, ", "In its latest report, ", "Last year, ",
        "Despite the delays, ", "For the first time, ", "As expected, ", "By contrast, ", "On the same day, ",
    ];

    public static readonly string[] Projects =
    [
        "the new highway", "the water treatment plant", "the coastal railway", "the grain terminal", "the solar park",
        "the teaching hospital", "the flood barrier", "the fibre network", "the bus corridor", "the free trade zone",
        "the customs reform", "the pension scheme", "the housing programme", "the vaccination drive", "the wind farm",
        "the airport terminal", "the irrigation canal", "the power line", "the school meals scheme", "the border crossing",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>
    /// Body sentences: {0} full name, {1} surname, {2} acronym, {3} and {5} places, {4} topic, {6} a project,
    /// {7} a figure, {8} a month. Every paragraph mentions something, and the random parts keep the wording varied.
    /// </summary>
    public static readonly string[] Sentences =
    [
        "Officials said the talks on {4} had made steady progress over the past month.",
        "Work on {6} near {3} is {7} percent complete and should finish by {8}, the {2} said.",
        "{1} said {6} would cost about {7} million dollars, more than first planned.",
        "Some {7} families near {5} will be moved before work on {6} begins in {8}.",
        "The {2} expects {6} to create {7} hundred jobs in {3} and {5}.",
        "Contractors on {6} have been paid only {7} percent of what they are owed, according to a letter seen by reporters.",
        "A review of {6} due in {8} will decide whether the {2} keeps funding it.",
        "{1} visited {6} in {3} and promised that the delays would end by {8}.",
        "{1} told reporters in {3} that the government would publish a detailed plan before the end of the year.",
        "According to a statement issued by the {2}, the proposal still needs the approval of parliament.",
        "Analysts in {3} said the announcement was unlikely to change the direction of {4} in the short term.",
        "The {2} said it would send a delegation to {3} next week to review the figures.",
        "{1} added that the cost of the programme would be shared between the federal and provincial governments.",
        "Residents of {3} have complained for years that promises about {4} were rarely kept.",
        "A spokesperson for the {2} declined to comment on the timing of the next meeting.",
        "Opposition members questioned whether the budget for {4} was large enough to make a difference.",
        "The meeting in {3} was the third of its kind this year, and officials expect a fourth in {5}.",
        "{1} said the country would keep working with its neighbours on {4} despite the recent disagreements.",
        "Figures released by the {2} showed a small rise in spending compared with the previous quarter.",
        "Business leaders welcomed the move, saying that clear rules on {4} would attract more investment to {3}.",
        "Critics argued that the plan relied too heavily on loans and left little room for local contractors.",
        "The agreement also covers training, data sharing and a joint working group that will meet every three months.",
        "Diplomats said the visit of {1} to {3} had been planned for several months.",
        "Under the proposal, the {2} would publish a progress report every six months.",
        "Several members of the committee asked for more detail on how the money for {4} would be spent.",
    ];
}
