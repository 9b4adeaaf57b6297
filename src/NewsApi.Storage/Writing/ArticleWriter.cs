using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Storage.Writing;

public enum WriteOutcome
{
    Added,
    Replaced,
}

/// <summary>What storing one file did: articles added, replaced (same record, same id) and removed (record gone from the file).</summary>
public sealed record FileWriteResult(int Added, int Replaced, int Removed);

/// <summary>
/// Stores the articles of one file (article, entities, aliases, roles, mentions; the full-text row follows by trigger) or removes them, each
/// file all or nothing (in its own transaction, or under a savepoint of the caller's), so an interruption never leaves
/// half an article or half a file. A replaced article (same file, same record) keeps its id.
/// </summary>
public sealed class ArticleWriter(SqliteConnection connection, TimeProvider clock) : IDisposable
{
    private const string FileArticlesSql = "SELECT record AS Record, id AS Id FROM articles WHERE source_file = @SourceFile;";
    private const string ArticleIdTakenSql = "SELECT EXISTS (SELECT 1 FROM articles WHERE id = @Id);";
    private const string LinkedEntitiesSql = "SELECT DISTINCT entity_id FROM article_chains WHERE article_id = @Id ORDER BY entity_id;";

    // The full-text index follows the articles table by triggers (migration 0015).
    private const string DeleteArticleSql = "DELETE FROM articles WHERE id = @Id;";

    private const string InsertArticleSql = """
        INSERT INTO articles (id, source_file, record, content_hash, section, headline, headline_derived, published, published_source,
                              dateline, caption, credit, subheadings, body, word_count, seeded_at, author, url, publisher, date_references,
                              search_rowid)
        VALUES (@Id, @SourceFile, @Record, @ContentHash, @Section, @Headline, @HeadlineDerived, @Published, @PublishedSource,
                @Dateline, @Caption, @Credit, @Subheadings, @Body, @WordCount, @SeededAt, @Author, @Url, @Publisher, @DateReferences,
                (SELECT COALESCE(MAX(search_rowid), 0) + 1 FROM articles));
        """;

    // An article's chains, and then its mentions, each in one statement from a JSON array of rows: a statement per row,
    // binding ten values each, was a third of the writer's time.
    private const string InsertChainsSql = """
        INSERT INTO article_chains (article_id, chain, type, name, names, roles, mention_count, in_headline, in_lede, confidence, entity_id)
        SELECT @ArticleId, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8
        FROM json_each(@Chains);
        """;

    // Until the archive is resolved again, lookups by these names find the entity the chain was linked to.
    private const string InsertAliasSql = """
        INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (@EntityId, @Alias, @Key)
        ON CONFLICT DO UPDATE SET alias = min(alias, excluded.alias)
        WHERE alias <> (SELECT name FROM entities WHERE id = entity_aliases.entity_id);
        """;

    private const string InsertMentionsSql = """
        INSERT INTO mentions (article_id, mention, chain, field, start, end, text, sentence_start, sentence_length, sentence)
        SELECT @ArticleId, key, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7
        FROM json_each(@Mentions);
        """;

    private const string UpsertSourceFileSql = """
        INSERT INTO source_files (path, content_hash, record_failures) VALUES (@Path, @ContentHash, @RecordFailures)
        ON CONFLICT DO UPDATE SET content_hash = excluded.content_hash, record_failures = excluded.record_failures;
        """;

    private const string DeleteSourceFileSql = "DELETE FROM source_files WHERE path = @Path;";

    private readonly PreparedStatements _statements = new(connection);

    // The ids come as one JSON array (any number of them, where a parameter each met SQLite's limit on variables).
    private const string DeleteOrphansSql = """
        DELETE FROM entities
        WHERE id IN (SELECT value FROM json_each(@Ids)) AND NOT EXISTS (SELECT 1 FROM article_chains WHERE entity_id = entities.id);
        """;

    /// <summary>Adds the document's article, or replaces the article previously stored from the same source file.</summary>
    public async Task<WriteOutcome> WriteAsync(
        string sourceFile, string contentHash, DocumentExtraction extraction, CancellationToken cancellationToken) =>
        (await WriteFileAsync(sourceFile, contentHash, [extraction], [], cancellationToken)).Added == 1 ? WriteOutcome.Added : WriteOutcome.Replaced;

    /// <summary>
    /// Stores the articles read from one file in place of those stored from it before: an article whose record is still
    /// there keeps its id, one whose record is gone is removed. The unreadable records are kept with the file's hash.
    /// </summary>
    public async Task<FileWriteResult> WriteFileAsync(
        string sourceFile, string contentHash, IReadOnlyList<DocumentExtraction> extractions, IReadOnlyList<RecordFailure> failures,
        CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await WriteFileAsync(transaction, sourceFile, contentHash, extractions, failures, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// As <see cref="WriteFileAsync(string, string, IReadOnlyList{DocumentExtraction}, IReadOnlyList{RecordFailure}, CancellationToken)"/>,
    /// inside the caller's transaction (see <see cref="WriteBatch"/>).
    /// </summary>
    public async Task<FileWriteResult> WriteFileAsync(
        SqliteTransaction transaction, string sourceFile, string contentHash, IReadOnlyList<DocumentExtraction> extractions,
        IReadOnlyList<RecordFailure> failures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var file = await BeginFileAsync(transaction, sourceFile, contentHash, cancellationToken);
        foreach (var extraction in extractions)
        {
            file.Add(extraction);
        }

        return await file.FinishAsync(failures, cancellationToken);
    }

    /// <summary>
    /// Starts storing the articles of one file in place of those stored from it before, which are removed now (an
    /// article whose record comes again keeps its id). Add the articles as they come, then finish: a large export never
    /// has to be held in memory whole. Everything happens inside <paramref name="transaction"/>.
    /// </summary>
    public async Task<FileWrite> BeginFileAsync(SqliteTransaction transaction, string sourceFile, string contentHash, CancellationToken cancellationToken)
    {
        var previous = FileArticles(sourceFile, transaction);
        var previousEntities = new List<string>();
        foreach (var articleId in previous.Values)
        {
            previousEntities.AddRange(await DeleteArticleAsync(articleId, transaction, cancellationToken));
        }

        return new FileWrite(this, transaction, sourceFile, contentHash, previous, previousEntities);
    }

    /// <summary>One file being stored; see <see cref="BeginFileAsync"/>.</summary>
    public sealed class FileWrite
    {
        private readonly ArticleWriter _writer;
        private readonly SqliteTransaction _transaction;
        private readonly string _sourceFile;
        private readonly string _contentHash;
        private readonly Dictionary<string, string> _previous;
        private readonly List<string> _previousEntities;
        private int _replaced;

        internal FileWrite(
            ArticleWriter writer, SqliteTransaction transaction, string sourceFile, string contentHash, Dictionary<string, string> previous, List<string> previousEntities) =>
            (_writer, _transaction, _sourceFile, _contentHash, _previous, _previousEntities) = (writer, transaction, sourceFile, contentHash, previous, previousEntities);

        /// <summary>How many articles were added so far.</summary>
        public int Count { get; private set; }

        public void Add(DocumentExtraction extraction)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            var record = extraction.Document.Record ?? "";
            var articleId = _previous.GetValueOrDefault(record) ?? _writer.NewArticleId(_sourceFile, record, _transaction);
            _replaced += _previous.ContainsKey(record) ? 1 : 0;
            _writer.InsertArticle(articleId, _sourceFile, _contentHash, extraction.Document, _transaction);
            _writer.InsertChains(articleId, extraction, _transaction);
            _writer._statements.Execute(_transaction, ArticleLinks.ForArticleSql, ("ArticleId", articleId));
            Count++;
        }

        /// <summary>Removes the entities only the replaced articles named and records the file's hash and unreadable records.</summary>
        public async Task<FileWriteResult> FinishAsync(IReadOnlyList<RecordFailure> failures, CancellationToken cancellationToken)
        {
            await _writer.DeleteOrphansAsync([.. _previousEntities.Distinct(StringComparer.Ordinal)], _transaction, cancellationToken);
            _writer._statements.Execute(
                _transaction,
                UpsertSourceFileSql,
                ("Path", _sourceFile),
                ("ContentHash", _contentHash),
                ("RecordFailures", JsonSerializer.Serialize(failures, ColumnJson.Default.IReadOnlyListRecordFailure)));
            return new FileWriteResult(Count - _replaced, _replaced, _previous.Count - _replaced);
        }
    }

    /// <summary>Removes the articles stored from <paramref name="sourceFile"/> and the entities only they mentioned; returns how many.</summary>
    public async Task<int> RemoveAsync(string sourceFile, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        var articles = FileArticles(sourceFile, transaction);
        var previousEntities = new List<string>();
        foreach (var articleId in articles.Values)
        {
            previousEntities.AddRange(await DeleteArticleAsync(articleId, transaction, cancellationToken));
        }

        await DeleteOrphansAsync([.. previousEntities.Distinct(StringComparer.Ordinal)], transaction, cancellationToken);
        await connection.ExecuteAsync(DeleteSourceFileSql, transaction, cancellationToken, ("Path", sourceFile));
        await transaction.CommitAsync(cancellationToken);
        return articles.Count;
    }

    /// <summary>The articles stored from a file, by record ('' for a file that is one article).</summary>
    private Dictionary<string, string> FileArticles(string sourceFile, SqliteTransaction transaction) =>
        _statements.Query(transaction, FileArticlesSql, row => (Record: row.GetString(0), Id: row.GetString(1)), ("SourceFile", sourceFile))
            .ToDictionary(row => row.Record, row => row.Id, StringComparer.Ordinal);

    /// <summary>Deletes the article and everything hanging off it; returns the entities it was linked to.</summary>
    private async Task<List<string>> DeleteArticleAsync(string articleId, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var linked = await connection.QueryAsync(LinkedEntitiesSql, row => row.GetString(0), transaction, cancellationToken, ("Id", articleId));
        await connection.ExecuteAsync(DeleteArticleSql, transaction, cancellationToken, ("Id", articleId));
        return linked;
    }

    /// <summary>
    /// The slug of the file's path from the seeded folder, less its extension ("000-414a6a6b185ff7a0" for a file at the
    /// top, "business-001" for business/001.txt, so two folders' 001.txt get ids of their own whatever order they come
    /// in), followed for a record of a multi-article file by its own slug ("feed-line-3", "export-a1b2c3"), with "-2",
    /// "-3"... when another article already has it.
    /// </summary>
    private string NewArticleId(string sourceFile, string record, SqliteTransaction transaction)
    {
        var slug = string.Join('-', new[] { Slug.Of(Path.ChangeExtension(sourceFile, null)), RecordSlug(record) }.Where(part => part.Length > 0));
        var baseId = slug.Length > 0 ? slug : "article";
        var id = baseId;
        for (var suffix = 2; _statements.Exists(transaction, ArticleIdTakenSql, ("Id", id)); suffix++)
        {
            id = $"{baseId}-{suffix}";
        }

        return id;
    }

    /// <summary>A URL's last path segment ("/news/1234/summit-in-lachin" -> "summit-in-lachin"); anything else as is.</summary>
    private static string RecordSlug(string record) =>
        Uri.TryCreate(record, UriKind.Absolute, out var url) && url.Segments.Select(segment => Slug.Of(Path.GetFileNameWithoutExtension(segment.TrimEnd('/')))).LastOrDefault(segment => segment.Length > 0) is { } last
            ? last
            : Slug.Of(record);

    private void InsertArticle(string articleId, string sourceFile, string contentHash, NewsDocument document, SqliteTransaction transaction) =>
        _statements.Execute(
            transaction,
            InsertArticleSql,
            ("Id", articleId),
            ("SourceFile", sourceFile),
            ("Record", document.Record ?? ""),
            ("ContentHash", contentHash),
            ("Section", document.Section),
            ("Headline", document.Headline),
            ("HeadlineDerived", document.HeadlineDerived),
            ("Published", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("PublishedSource", document.PublishedSource),
            ("Dateline", document.Dateline),
            ("Caption", document.Caption),
            ("Credit", document.Credit),
            ("Subheadings", JsonSerializer.Serialize(document.Subheadings, StringListJson.Default.IReadOnlyListString)),
            ("Body", document.Body),
            ("WordCount", WordCount(document.Body)),
            ("SeededAt", clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("Author", document.Author),
            ("Url", document.Url),
            ("Publisher", document.Publisher),
            ("DateReferences", JsonSerializer.Serialize(
                document.DateReferences.Select(reference => new StoredDateReference(
                    reference.Text, reference.Start, reference.End, reference.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                ColumnJson.Default.IEnumerableStoredDateReference)));

    /// <summary>
    /// Stores each of the article's entities as one chain (its names with how often each is used, roles, mentions, and
    /// what salience needs), linked for now to the stored entity of the same name (see <see cref="EntityFinder"/>).
    /// </summary>
    internal void InsertChains(string articleId, DocumentExtraction extraction, SqliteTransaction transaction)
    {
        var finder = new EntityFinder(_statements, transaction);
        var (chains, mentions) = (new ArrayBufferWriter<byte>(), new ArrayBufferWriter<byte>());
        using var chainRows = new Utf8JsonWriter(chains);
        using var mentionRows = new Utf8JsonWriter(mentions);
        chainRows.WriteStartArray();
        mentionRows.WriteStartArray();
        var sentencePlaces = new Dictionary<(TextField, string), (int Start, int Length)?>();
        var firstParagraphEnd = extraction.Document.Body.IndexOf("\n\n", StringComparison.Ordinal) is var end and >= 0 ? end : extraction.Document.Body.Length;
        foreach (var (chain, entity) in extraction.Entities.Index())
        {
            var entityId = finder.Find(entity);
            var names = ChainNames.Of(entity);
            WriteChain(chainRows, entity, names, entityId, firstParagraphEnd);
            foreach (var name in names)
            {
                _statements.Execute(transaction, InsertAliasSql, ("EntityId", entityId), ("Alias", name.Text), ("Key", NameKey.Of(name.Text)));
            }

            foreach (var mention in entity.Mentions)
            {
                if (!sentencePlaces.TryGetValue((mention.Field, mention.Sentence), out var sentence))
                {
                    sentence = SentencePlace.Find(FieldText(extraction.Document, mention.Field), mention.Sentence);
                    sentencePlaces.Add((mention.Field, mention.Sentence), sentence);
                }

                WriteMention(mentionRows, chain, mention, sentence);
            }
        }

        chainRows.WriteEndArray();
        chainRows.Flush();
        mentionRows.WriteEndArray();
        mentionRows.Flush();
        _statements.Execute(transaction, InsertChainsSql, ("ArticleId", articleId), ("Chains", Encoding.UTF8.GetString(chains.WrittenSpan)));
        _statements.Execute(transaction, InsertMentionsSql, ("ArticleId", articleId), ("Mentions", Encoding.UTF8.GetString(mentions.WrittenSpan)));
    }

    private static void WriteChain(Utf8JsonWriter row, ExtractedEntity entity, List<ChainName> names, string entityId, int firstParagraphEnd)
    {
        row.WriteStartArray();
        row.WriteStringValue(EntityTypes.Name(entity.Type));
        row.WriteStringValue(entity.Name);
        row.WriteStringValue(ChainNames.ToJson(names));
        row.WriteStringValue(JsonSerializer.Serialize(
            entity.Roles.Where(role => !string.IsNullOrWhiteSpace(role)).Select(role => role.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
            StringListJson.Default.IEnumerableString));
        row.WriteNumberValue(entity.Mentions.Count);
        row.WriteBooleanValue(entity.Mentions.Any(mention => mention.Field == TextField.Headline));
        row.WriteBooleanValue(entity.Mentions.Any(mention => mention.Field == TextField.Caption || (mention.Field == TextField.Body && mention.Start < firstParagraphEnd)));
        row.WriteNumberValue(Math.Round(entity.Confidence, 4));
        row.WriteStringValue(entityId);
        row.WriteEndArray();
    }

    private static void WriteMention(Utf8JsonWriter row, int chain, Mention mention, (int Start, int Length)? sentence)
    {
        row.WriteStartArray();
        row.WriteNumberValue(chain);
        row.WriteStringValue(FieldName(mention.Field));
        row.WriteNumberValue(mention.Start);
        row.WriteNumberValue(mention.End);
        row.WriteStringValue(mention.Text);
        if (sentence is var (start, length))
        {
            row.WriteNumberValue(start);
            row.WriteNumberValue(length);
            row.WriteNullValue();
        }
        else
        {
            row.WriteNullValue();
            row.WriteNullValue();
            row.WriteStringValue(mention.Sentence);
        }

        row.WriteEndArray();
    }

    private Task DeleteOrphansAsync(List<string> entityIds, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        entityIds.Count == 0
            ? Task.CompletedTask
            : connection.ExecuteAsync(
                DeleteOrphansSql, transaction, cancellationToken, ("Ids", JsonSerializer.Serialize(entityIds, StringListJson.Default.IReadOnlyListString)));

    public void Dispose() => _statements.Dispose();

    /// <summary>Runs of non-white-space characters, as <c>Split</c> would count them, without allocating the words.</summary>
    private static int WordCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    private static string? FieldText(NewsDocument document, TextField field) => field switch
    {
        TextField.Headline => document.Headline,
        TextField.Caption => document.Caption,
        _ => document.Body,
    };

    internal static string FieldName(TextField field) => field switch
    {
        TextField.Headline => "headline",
        TextField.Caption => "caption",
        TextField.Body => "body",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown text field."),
    };
}
