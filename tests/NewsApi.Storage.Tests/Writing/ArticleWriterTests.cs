using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Testing;
using NewsApi.Storage;
using NewsApi.Storage.Migrations;
using NewsApi.Storage.Resolution;
using NewsApi.Storage.Writing;
using static NewsApi.Testing.Articles;

namespace NewsApi.Storage.Tests.Writing;

public sealed class ArticleWriterTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteConnection _connection = null!;
    private ArticleWriter _writer = null!;

    public async Task InitializeAsync()
    {
        _connection = await NewsDatabaseFile.OpenForWritingAsync(_folder.DatabasePath, default);
        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(_connection, default);
        _writer = new ArticleWriter(_connection, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _writer.Dispose();
        await _connection.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_article_is_stored_with_an_id_from_its_file_name_and_its_entities_with_ids_from_their_names()
    {
        var document = Document("Munir meets Aliyev", "ISLAMABAD: Field Marshal Syed Asim Munir met President Ilham Aliyev.");
        var extraction = Extracted(
            document,
            Entity(document, EntityType.Person, "Syed Asim Munir", ["Munir"], ["Field Marshal"]),
            Entity(document, EntityType.Person, "Ilham Aliyev", ["Aliyev"], ["President"]),
            Entity(document, EntityType.Place, "Islamabad", ["ISLAMABAD"]));

        var outcome = await _writer.WriteAsync("000_414a6a6b185ff7a0.txt", "hash-1", extraction, default);

        Assert.Equal(WriteOutcome.Added, outcome);
        Assert.Equal(["000-414a6a6b185ff7a0"], await _connection.QueryAsync<string>("SELECT id FROM articles"));
        Assert.Equal(
            ["ilham-aliyev", "islamabad", "syed-asim-munir"],
            await _connection.QueryAsync<string>("SELECT id FROM entities ORDER BY id"));
        Assert.Equal(
            ["Munir", "Syed Asim Munir"],
            await _connection.QueryAsync<string>("SELECT alias FROM entity_aliases WHERE entity_id = 'syed-asim-munir' ORDER BY alias"));
        Assert.Equal(
            ["Field Marshal"],
            await _connection.QueryAsync<string>("SELECT role FROM entity_roles WHERE entity_id = 'syed-asim-munir'"));
    }

    [Fact]
    public async Task Mentions_are_stored_with_offsets_that_point_back_into_their_field()
    {
        var document = Document("Munir meets Aliyev", "Field Marshal Syed Asim Munir met Aliyev. Munir then left.");
        await _writer.WriteAsync("a.txt", "hash", Extracted(document, Entity(document, EntityType.Person, "Syed Asim Munir", ["Munir"])), default);

        var mentions = await _connection.QueryAsync<(string Field, long Start, long End, string Text)>(
            "SELECT field, start, end, text FROM mentions ORDER BY field, start");

        Assert.Equal(3, mentions.Count());
        Assert.All(mentions, mention =>
        {
            var text = mention.Field == "headline" ? document.Headline : document.Body;
            Assert.Equal(mention.Text, text[(int)mention.Start..(int)mention.End]);
        });
        Assert.Equal(3L, await _connection.ExecuteScalarAsync<long>("SELECT mention_count FROM article_entities"));
    }

    // A mention keeps where its sentence is, not the sentence (migration 0015); the API reads it back with SQLite's substr,
    // which counts characters, so a character outside the Basic Multilingual Plane before it must not shift it.
    [Fact]
    public async Task A_mentions_sentence_is_read_back_from_its_field_even_after_characters_beyond_the_bmp()
    {
        var document = Document("Talks", "Crowds cheered 😀 in the square. Munir spoke in Baku. Then he left.");
        var start = document.Body.IndexOf("Munir", StringComparison.Ordinal);
        var mentions = new Mention[]
        {
            new(TextField.Body, start, start + 5, "Munir", "Munir spoke in Baku."),
            new(TextField.Body, start, start + 5, "Munir", "A sentence the article does not have."),
        };
        await _writer.WriteAsync("a.txt", "hash", Extracted(document, new ExtractedEntity(EntityType.Person, "Munir", [], [], mentions)), default);

        var sentences = await _connection.QueryAsync<(string Sentence, bool Stored)>("""
            SELECT COALESCE(m.sentence, substr(a.body, m.sentence_start, m.sentence_length)), m.sentence IS NOT NULL
            FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY m.mention
            """);

        Assert.Equal([("Munir spoke in Baku.", false), ("A sentence the article does not have.", true)], sentences);
    }

    [Fact]
    public async Task Salience_favours_the_most_mentioned_entity_named_in_the_headline_and_lede()
    {
        var document = Document(
            "Munir visits Lachin",
            "Munir arrived in Lachin on Monday.\n\nMunir spoke of Pakistan. Munir left.");
        await _writer.WriteAsync("a.txt", "hash", Extracted(
            document,
            Entity(document, EntityType.Person, "Munir"),
            Entity(document, EntityType.Place, "Lachin"),
            Entity(document, EntityType.Place, "Pakistan")), default);

        var salience = (await _connection.QueryAsync<(string Id, double Salience)>("SELECT entity_id, salience FROM article_entities"))
            .ToDictionary(row => row.Id, row => row.Salience);

        Assert.Equal(1.0, salience["munir"]);        // 4 of 4 mentions, headline, lede
        Assert.Equal(0.75, salience["lachin"]);      // 0.5 x 2/4 + headline + lede
        Assert.Equal(0.125, salience["pakistan"]);   // 0.5 x 1/4, second paragraph only
    }

    [Fact]
    public async Task An_acronym_in_a_later_article_joins_the_organisation_the_first_article_defined()
    {
        var first = Document("Army chief meets minister", "According to an Inter-Services Public Relations (ISPR) statement, they met.");
        var second = Document("Talks end", "The ISPR said the talks ended.");
        await _writer.WriteAsync("first.txt", "h1", Extracted(first, Entity(first, EntityType.Organisation, "Inter-Services Public Relations", ["ISPR"])), default);

        await _writer.WriteAsync("second.txt", "h2", Extracted(second, Entity(second, EntityType.Organisation, "ISPR")), default);
        await ResolveAsync(_connection);

        Assert.Equal(["inter-services-public-relations"], await _connection.QueryAsync<string>("SELECT id FROM entities"));
        Assert.Equal(
            ["first", "second"],
            await _connection.QueryAsync<string>(
                "SELECT article_id FROM article_entities WHERE entity_id = 'inter-services-public-relations' ORDER BY article_id"));
    }

    [Fact]
    public async Task A_short_name_shared_by_two_people_merges_with_neither()
    {
        var first = Document("Shehbaz speaks", "Prime Minister Shehbaz Sharif spoke. Sharif said more.");
        var second = Document("Nawaz speaks", "Nawaz Sharif spoke. Sharif said more.");
        var third = Document("Sharif speaks", "Sharif spoke again.");
        await _writer.WriteAsync("first.txt", "h1", Extracted(first, Entity(first, EntityType.Person, "Shehbaz Sharif", ["Sharif"])), default);

        await _writer.WriteAsync("second.txt", "h2", Extracted(second, Entity(second, EntityType.Person, "Nawaz Sharif", ["Sharif"])), default);
        await _writer.WriteAsync("third.txt", "h3", Extracted(third, Entity(third, EntityType.Person, "Sharif")), default);
        await ResolveAsync(_connection);

        var linked = (await _connection.QueryAsync<(string Article, string Entity)>(
            "SELECT article_id, entity_id FROM article_entities")).ToDictionary(row => row.Article, row => row.Entity);
        Assert.Equal("shehbaz-sharif", linked["first"]);
        Assert.Equal("nawaz-sharif", linked["second"]);
        Assert.Equal("sharif", linked["third"]);
    }

    [Fact]
    public async Task A_full_name_joins_the_entity_an_earlier_seed_knew_only_by_its_short_form_and_becomes_its_name_under_the_same_id()
    {
        var first = Document("Talks", "The ISPR said the talks ended.");
        var second = Document("Army chief", "According to an Inter-Services Public Relations (ISPR) statement, they met.");
        await _writer.WriteAsync("first.txt", "h1", Extracted(first, Entity(first, EntityType.Organisation, "ISPR")), default);
        await ResolveAsync(_connection);

        await _writer.WriteAsync("second.txt", "h2", Extracted(second, Entity(second, EntityType.Organisation, "Inter-Services Public Relations", ["ISPR"])), default);
        await ResolveAsync(_connection);

        Assert.Equal([("ispr", "Inter-Services Public Relations")], await _connection.QueryAsync<(string, string)>("SELECT id, name FROM entities"));
        Assert.Equal(
            ["ISPR", "Inter-Services Public Relations"],
            await _connection.QueryAsync<string>("SELECT alias FROM entity_aliases ORDER BY alias"));
    }

    [Fact]
    public async Task Entities_of_different_types_with_the_same_name_get_distinct_ids()
    {
        var document = Document("Georgia in Georgia", "Georgia Smith, known as Georgia, flew to Georgia.");
        await _writer.WriteAsync("a.txt", "hash", Extracted(
            document,
            Entity(document, EntityType.Person, "Georgia"),
            Entity(document, EntityType.Place, "Georgia")), default);

        Assert.Equal(
            [("georgia", "person"), ("georgia-place", "place")],
            await _connection.QueryAsync<(string, string)>("SELECT id, type FROM entities ORDER BY id"));
    }

    [Fact]
    public async Task Two_files_whose_names_slug_the_same_get_distinct_article_ids()
    {
        var document = Document("Report", "Nothing named here.");
        await _writer.WriteAsync("daily report.txt", "h1", Extracted(document), default);
        await _writer.WriteAsync("daily-report.txt", "h2", Extracted(document), default);

        Assert.Equal(
            [("daily-report", "daily report.txt"), ("daily-report-2", "daily-report.txt")],
            await _connection.QueryAsync<(string, string)>("SELECT id, source_file FROM articles ORDER BY id"));
    }

    [Fact]
    public async Task A_replaced_article_keeps_its_id_and_nothing_of_its_old_version_remains()
    {
        var before = Document("Lachin summit", "Munir met Aliyev in Lachin.");
        await _writer.WriteAsync("summit.txt", "old", Extracted(
            before,
            Entity(before, EntityType.Person, "Asim Munir", ["Munir"]),
            Entity(before, EntityType.Person, "Ilham Aliyev", ["Aliyev"]),
            Entity(before, EntityType.Place, "Lachin")), default);
        var after = Document("Baku summit", "Asim Munir met officials in Baku.");

        var outcome = await _writer.WriteAsync("summit.txt", "new", Extracted(
            after,
            Entity(after, EntityType.Person, "Asim Munir"),
            Entity(after, EntityType.Place, "Baku")), default);
        await ResolveAsync(_connection);

        Assert.Equal(WriteOutcome.Replaced, outcome);
        Assert.Equal([("summit", "new")], await _connection.QueryAsync<(string, string)>("SELECT id, content_hash FROM articles"));
        Assert.Equal(["asim-munir", "baku"], await _connection.QueryAsync<string>("SELECT id FROM entities ORDER BY id"));
        Assert.Equal(["Asim Munir"], await _connection.QueryAsync<string>("SELECT alias FROM entity_aliases WHERE entity_id = 'asim-munir'"));
        Assert.Equal(["Asim Munir", "Baku"], await _connection.QueryAsync<string>("SELECT text FROM mentions WHERE field = 'body' ORDER BY start"));
        Assert.Equal(["summit"], await _connection.QueryAsync<string>("SELECT article_id FROM articles_fts WHERE articles_fts MATCH 'baku'"));
        Assert.Empty(await _connection.QueryAsync<string>("SELECT article_id FROM articles_fts WHERE articles_fts MATCH 'lachin'"));
    }

    [Fact]
    public async Task Replacing_an_article_leaves_the_same_entities_and_aliases_as_storing_its_new_version_fresh()
    {
        var before = Document("Visit", "Syed Asim Munir, or Munir, visited Lachin.");
        var other = Document("Talks", "Asim Munir met officials. Gen. Munir spoke.");
        var after = Document("Visit", "Asim Munir, the COAS, visited Baku. Asim spoke.");
        var beforeExtraction = Extracted(before, Entity(before, EntityType.Person, "Asim Munir", ["Syed Asim Munir", "Munir"]), Entity(before, EntityType.Place, "Lachin"));
        var otherExtraction = Extracted(other, Entity(other, EntityType.Person, "Asim Munir", ["Gen. Munir", "munir"]));
        var afterExtraction = Extracted(after, Entity(after, EntityType.Person, "Asim Munir", ["Asim"]), Entity(after, EntityType.Place, "Baku"));
        await _writer.WriteAsync("visit.txt", "v1", beforeExtraction, default);
        await _writer.WriteAsync("talks.txt", "t1", otherExtraction, default);
        await _writer.WriteAsync("visit.txt", "v2", afterExtraction, default);

        using var freshFolder = new TempFolder();
        await using var fresh = await NewsDatabaseFile.OpenForWritingAsync(freshFolder.DatabasePath, default);
        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(fresh, default);
        using var freshWriter = new ArticleWriter(fresh, TimeProvider.System);
        await freshWriter.WriteAsync("visit.txt", "v2", afterExtraction, default);
        await freshWriter.WriteAsync("talks.txt", "t1", otherExtraction, default);
        await ResolveAsync(_connection);
        await ResolveAsync(fresh);

        const string aliases = "SELECT entity_id || ': ' || alias FROM entity_aliases ORDER BY 1";
        const string entities = "SELECT id || ' ' || type || ' ' || name FROM entities ORDER BY 1";
        Assert.Equal(await fresh.QueryAsync<string>(aliases), await _connection.QueryAsync<string>(aliases));
        Assert.Equal(await fresh.QueryAsync<string>(entities), await _connection.QueryAsync<string>(entities));
    }

    [Fact]
    public async Task Removing_an_article_removes_the_entities_only_it_mentioned()
    {
        var first = Document("Lachin", "Munir visited Lachin.");
        var second = Document("Baku", "Munir visited Baku.");
        await _writer.WriteAsync("first.txt", "h1", Extracted(first, Entity(first, EntityType.Person, "Munir"), Entity(first, EntityType.Place, "Lachin")), default);
        await _writer.WriteAsync("second.txt", "h2", Extracted(second, Entity(second, EntityType.Person, "Munir"), Entity(second, EntityType.Place, "Baku")), default);

        Assert.Equal(1, await _writer.RemoveAsync("first.txt", default));

        Assert.Equal(["second"], await _connection.QueryAsync<string>("SELECT id FROM articles"));
        Assert.Equal(["baku", "munir"], await _connection.QueryAsync<string>("SELECT id FROM entities ORDER BY id"));
        Assert.Equal(0, await _connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM articles_fts WHERE article_id = 'first'"));
    }

    [Fact]
    public async Task Articles_seeded_in_either_order_give_the_same_entity_ids()
    {
        var first = Document("Summit", "Shehbaz Sharif met Ilham Aliyev in Lachin.");
        var second = Document("Visit", "Ilham Aliyev welcomed Shehbaz Sharif. Sharif thanked Aliyev.");
        var extractions = new[]
        {
            ("first.txt", Extracted(first,
                Entity(first, EntityType.Person, "Shehbaz Sharif"),
                Entity(first, EntityType.Person, "Ilham Aliyev"),
                Entity(first, EntityType.Place, "Lachin"))),
            ("second.txt", Extracted(second,
                Entity(second, EntityType.Person, "Shehbaz Sharif", ["Sharif"]),
                Entity(second, EntityType.Person, "Ilham Aliyev", ["Aliyev"]))),
        };
        foreach (var (file, extraction) in extractions)
        {
            await _writer.WriteAsync(file, file, extraction, default);
        }

        using var otherFolder = new TempFolder();
        await using var other = await NewsDatabaseFile.OpenForWritingAsync(otherFolder.DatabasePath, default);
        await MigrationRunner.FromEmbeddedScripts().MigrateAsync(other, default);
        using var otherWriter = new ArticleWriter(other, TimeProvider.System);
        foreach (var (file, extraction) in extractions.Reverse())
        {
            await otherWriter.WriteAsync(file, file, extraction, default);
        }

        await ResolveAsync(_connection);
        await ResolveAsync(other);

        const string links = "SELECT article_id || ' ' || entity_id FROM article_entities ORDER BY 1";
        Assert.Equal(await _connection.QueryAsync<string>(links), await other.QueryAsync<string>(links));
    }

    private static Task ResolveAsync(SqliteConnection connection) => EntityResolution.RunAsync(connection, TimeProvider.System, default);
}
