using NewsApi.Extraction;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Tests.Support;

namespace NewsApi.Extraction.Tests.Documents;

public sealed class ReadingJsonExportsTests
{
    private static DocumentFile Read(string name, JsonFieldNames? fields = null) =>
        DocumentReader.Read(name, FixtureDocuments.Text(name), fields);

    [Fact]
    public void A_json_array_gives_one_article_per_record_with_the_common_field_names_recognised()
    {
        var file = Read("exports/wire-feed.json");

        Assert.Equal(2, file.Documents.Count);
        var rail = file.Documents[0];
        Assert.Equal("Rail link between Quetta and Zahedan reopens", rail.Headline);
        Assert.Equal("wf-20250528-001", rail.Record);
        Assert.Equal((new DateOnly(2025, 5, 28), "json-field"), (rail.Published, rail.PublishedSource));
        Assert.Equal(("Regional Wire", "Nadia Baloch", "Transport"), (rail.Publisher, rail.Author, rail.Section));
        Assert.Equal("https://wire.example/stories/quetta-zahedan-rail", rail.Url);
        Assert.Equal("Quetta", rail.Dateline);
        Assert.Equal(2, rail.Body.Split("\n\n").Length);
    }

    [Fact]
    public void Half_a_surrogate_pair_escaped_in_a_record_becomes_a_replacement_character_and_the_rest_is_read()
    {
        // A hostile-document check: "\ud800" in one headline threw from the JSON reader and ended the whole seed.
        const string lines = """
            {"id": "a", "headline": "Bad \ud800 headline", "body": "Officials met in Lachin on Tuesday. A smile \ud83d\ude00 stays."}
            {"id": "b", "headline": "Low half \udc00 alone", "body": "Officials met in Baku on Tuesday to sign the agreement."}
            """;

        var file = DocumentReader.Read("feed.jsonl", lines);

        Assert.Equal(["Bad \uFFFD headline", "Low half \uFFFD alone"], file.Documents.Select(document => document.Headline));
        Assert.Contains("\U0001F600", file.Documents[0].Body, StringComparison.Ordinal); // a whole pair is kept
    }

    [Fact]
    public void Another_records_field_names_and_a_body_given_as_a_list_of_paragraphs_read_the_same()
    {
        var fair = Read("exports/wire-feed.json").Documents[1];

        Assert.Equal("Lahore book fair draws record crowds", fair.Headline);
        Assert.Equal("https://wire.example/stories/lahore-book-fair", fair.Record); // no id: the URL identifies it
        Assert.Equal(("Omar Farooq, Hina Javed", "Culture"), (fair.Author, fair.Section));
        Assert.Equal(new DateOnly(2025, 2, 10), fair.Published);
        Assert.StartsWith("LAHORE: More than two hundred thousand visitors", fair.Body, StringComparison.Ordinal);
        Assert.EndsWith("translated fiction sold out first.", fair.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_without_text_or_that_are_not_objects_are_reported_by_position_and_the_rest_kept()
    {
        var file = Read("exports/wire-feed.json");

        Assert.Equal(["item 3", "item 4"], file.Failures.Select(failure => failure.Record));
        Assert.StartsWith("no article text", file.Failures[0].Reason, StringComparison.Ordinal);
        Assert.Equal("not an article object but a JSON string", file.Failures[1].Reason);
    }

    [Fact]
    public void A_json_file_holding_one_object_is_one_article_and_a_written_out_date_is_read()
    {
        var story = Assert.Single(Read("exports/single-story.json").Documents);

        Assert.Equal("Gwadar desalination plant starts supplying water", story.Headline);
        Assert.Null(story.Record);
        Assert.Equal(new DateOnly(2025, 6, 6), story.Published);
        Assert.Equal([("on Friday", new DateOnly(2025, 6, 6))], story.DateReferences.Select(reference => (reference.Text, reference.Date)));
    }

    [Fact]
    public void A_json_lines_file_keeps_its_good_lines_and_reports_each_bad_line_by_number_with_a_reason()
    {
        var file = Read("exports/newsroom.jsonl");

        Assert.Equal(["101", "102", "104"], file.Documents.Select(document => document.Record));
        var reasons = file.Failures.ToDictionary(failure => failure.Record, failure => failure.Reason);
        Assert.Equal(["line 3", "line 6", "line 7", "line 8"], reasons.Keys);
        Assert.StartsWith("not valid JSON", reasons["line 3"], StringComparison.Ordinal);
        Assert.Equal("not an article object but a JSON array", reasons["line 6"]);
        Assert.Equal("the same id or URL as line 1: '101'", reasons["line 7"]);
        Assert.StartsWith("no article text", reasons["line 8"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_a_headline_gets_one_derived_from_its_lede_and_flagged()
    {
        var mango = Read("exports/newsroom.jsonl").Documents[2];

        Assert.True(mango.HeadlineDerived);
        Assert.Equal("Mango exporters said shipments to the Gulf would double this season after new cold-storage units opened near the airport", mango.Headline);
    }

    [Fact]
    public void Unusual_field_names_are_read_once_mapped_and_otherwise_every_record_says_what_is_missing()
    {
        var unmapped = Read("exports/custom-fields.jsonl");
        var mapped = Read("exports/custom-fields.jsonl", JsonFieldNames.Parse(["body=story_text", "title=heading", "published=release_date", "id=story_id"]));

        Assert.Empty(unmapped.Documents);
        Assert.All(unmapped.Failures, failure => Assert.Contains("body, text, content", failure.Reason, StringComparison.Ordinal));
        Assert.Equal(["m-1", "m-2"], mapped.Documents.Select(document => document.Record));
        Assert.Equal("Sialkot football makers win stadium contract", mapped.Documents[0].Headline);
        Assert.Equal(new DateOnly(2025, 4, 17), mapped.Documents[0].Published);
    }

    [Theory]
    [InlineData("colour=paint")]
    [InlineData("body")]
    [InlineData("body=")]
    public void A_mapping_that_is_not_field_equals_property_for_a_known_field_is_refused_with_the_field_list(string mapping)
    {
        var refusal = Assert.Throws<FormatException>(() => JsonFieldNames.Parse([mapping]));

        Assert.Contains("headline, body, published", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_file_that_does_not_parse_is_refused_with_the_parser_s_reason()
    {
        var refusal = Assert.Throws<DocumentFormatException>(() => Read("bad/truncated.json"));

        Assert.StartsWith("not valid JSON", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_lines_file_whose_every_line_is_broken_yields_no_article_and_a_failure_per_line()
    {
        var file = Read("bad/garbled.jsonl");

        Assert.Empty(file.Documents);
        Assert.Equal(["line 1", "line 2"], file.Failures.Select(failure => failure.Record));
    }
}
