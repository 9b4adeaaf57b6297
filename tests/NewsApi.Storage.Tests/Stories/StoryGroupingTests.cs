using System.Globalization;
using Dapper;
using NewsApi.Extraction;
using NewsApi.Testing;
using NewsApi.Ingestion;
using NewsApi.Storage.Stories;

namespace NewsApi.Storage.Tests.Stories;

public sealed class StoryGroupingTests : IDisposable
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly DateOnly FirstDay = new(2025, 3, 3);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_topic_reported_every_two_days_for_three_weeks_becomes_several_week_long_stories_not_one_chain()
    {
        // Each report shares the same people, place and background paragraph with the others, and has news of its own:
        // every report is a same-event match for the ones two days either side, so linking alone would chain all eleven.
        for (var day = 0; day <= 20; day += 2)
        {
            _folder.WriteDocument($"water-talks-{day:00}.txt", WaterTalksReport(FirstDay.AddDays(day), day));
        }

        await new CorpusSeeder(Pipeline).SeedFolderAsync(new SeedRequest(_folder.DocumentsPath, _folder.DatabasePath), null, default);

        using var connection = _folder.OpenDatabase();
        var stories = connection.Query<(string Id, int Articles, string First, string Last)>(
            "SELECT id, article_count, first_published, last_published FROM stories ORDER BY first_published").AsList();
        Assert.True(stories.Count >= 2, $"expected the reports to form several stories, got {stories.Count}");
        Assert.All(stories, story => Assert.InRange(Days(story.First, story.Last), 0, StoryBuilder.StorySpanDays));
        Assert.True(stories.Sum(story => story.Articles) >= 8, "most reports have a neighbour in their story");
        var linked = connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM article_similarities WHERE article_a = 'water-talks-10' OR article_b = 'water-talks-10'");
        Assert.True(linked >= 2, "the reports either side of the middle one are related to it");
    }

    private static int Days(string first, string last) =>
        DateOnly.ParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - DateOnly.ParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;

    private static string WaterTalksReport(DateOnly published, int day) => $"""
        International

        Water talks between Valdoria and Marrabad continue, day {day + 1}

        date {published:yyyy-MM-dd} Prime Minister Amara Okonkwo arrives in Port Emmerich.

        PORT EMMERICH: Prime Minister Amara Okonkwo met Foreign Minister Bilal Varga in Port Emmerich to discuss water sharing
        between the two countries, officials said.

        Okonkwo told reporters that round {day + 1} had dealt with {Detail(day, 0)}, {Detail(day, 1)} and {Detail(day, 2)}.

        Varga said the next round would take up {Detail(day, 3)}, {Detail(day, 4)}, {Detail(day, 5)} and {Detail(day, 6)}.

        Observers noted {Detail(day, 7)}, {Detail(day, 8)} and {Detail(day, 9)}.
        """;

    // Words no other report uses, so each report has news of its own besides the shared background.
    private static string Detail(int day, int part) =>
        $"{Words[(day * 10 + part) % Words.Length]} {Words[(day * 7 + part * 3 + 1) % Words.Length]} {Words[(day * 3 + part * 11 + 2) % Words.Length]} {day * 10 + part}";

    private static readonly string[] Words =
    [
        "northern", "seasonal", "emergency", "monitoring", "canal", "barrage", "groundwater", "irrigation", "flood", "drought",
        "reservoir", "hydropower", "treaty", "arbitration", "telemetry", "sediment", "glacier", "tributary", "delta", "pumping",
        "quota", "fishery", "navigation", "pollution", "wetland", "aquifer", "silt", "spillway", "gauge", "catchment",
    ];

    public void Dispose() => _folder.Dispose();
}
