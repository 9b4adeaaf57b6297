using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Data.Sqlite;

namespace NewsApi.Storage.Search;

/// <summary>Builds the article search index (<see cref="ArticleIndex"/>) from the database, whole, after a seed.</summary>
public static class ArticleIndexBuilder
{
    private const string ArticlesSql = """
        SELECT a.id, a.headline, a.body, a.published, a.section,
               (SELECT json_group_array(entity_id) FROM article_entities WHERE article_id = a.id) AS entities,
               a.search_rowid
        FROM articles a ORDER BY a.id
        """;

    /// <summary>True when the index beside the database was built from its current data version.</summary>
    public static async Task<bool> IsCurrentAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var path = ArticleIndex.PathFor(connection.DataSource);
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var directory = FSDirectory.Open(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return false;
            }

            var commit = DirectoryReader.ListCommits(directory).Last();
            return ArticleIndex.DataVersionOf(commit) == await DataVersionAsync(connection, cancellationToken);
        }
        catch (IOException)
        {
            return false; // a broken index (files lost in a crash or by hand) is rebuilt like a stale one
        }
    }

    /// <summary>
    /// Writes a new index of every article (read in one transaction) and commits it with the data version
    /// <paramref name="versionToRecord"/> gives once every article is written: the version the rebuilds run beside it
    /// (statistics, stories: see <see cref="DerivedTables"/>) end at, as they change no article, entity or link this
    /// index reads. Readers of the old index keep it until they reopen; a build that fails leaves the old commit, which
    /// readers then see as stale.
    /// </summary>
    public static async Task RebuildAsync(SqliteConnection connection, Func<Task<long>> versionToRecord, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versionToRecord);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var path = ArticleIndex.PathFor(connection.DataSource);
        using var directory = FSDirectory.Open(path);
        using var writer = OpenForRebuild(directory, path);
        try
        {
            await AddArticlesAsync(connection, transaction, writer, cancellationToken);
            writer.SetCommitData(ArticleIndex.CommitData(await versionToRecord()));
            writer.Commit();
        }
        catch
        {
            writer.Rollback(); // closing the writer would commit the half-written index over the old one
            throw;
        }
    }

    /// <summary>
    /// A writer that replaces the whole index. An index too broken to be replaced (its files lost in a crash or by hand:
    /// "segments_1 not found") is derived data, so its files are deleted and it starts over.
    /// </summary>
    private static IndexWriter OpenForRebuild(FSDirectory directory, string path)
    {
        try
        {
            return new IndexWriter(directory, NewConfig());
        }
        catch (IOException)
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(path))
            {
                File.Delete(file);
            }

            return new IndexWriter(directory, NewConfig());
        }

        static IndexWriterConfig NewConfig() => new(ArticleIndex.Version, ArticleIndex.CreateAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
            // Documents stay in id order through merges, so equal scores come in id order, as in the FTS5 plans.
            MergePolicy = new LogByteSizeMergePolicy(),
        };
    }

    private static async Task AddArticlesAsync(SqliteConnection connection, SqliteTransaction transaction, IndexWriter writer, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = ArticlesSql;
            command.Transaction = transaction;
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                var id = rows.GetString(0);
                var document = new Document
                {
                    new StringField(ArticleIndex.Id, id, Field.Store.YES),
                    new SortedDocValuesField(ArticleIndex.Id, new BytesRef(id)),
                    new StoredField(ArticleIndex.FtsRowId, rows.GetInt64(6)), // the full-text index's rowid (migration 0015)
                };
                for (var copy = 0; copy < ArticleIndex.HeadlineWeight; copy++)
                {
                    document.Add(new TextField(ArticleIndex.Text, rows.GetString(1), Field.Store.NO));
                }

                document.Add(new TextField(ArticleIndex.Text, rows.GetString(2), Field.Store.NO));
                if (!rows.IsDBNull(3))
                {
                    document.Add(new StringField(ArticleIndex.Published, rows.GetString(3), Field.Store.NO));
                    document.Add(new SortedDocValuesField(ArticleIndex.Published, new BytesRef(rows.GetString(3))));
                }

                if (!rows.IsDBNull(4))
                {
                    document.Add(new StringField(ArticleIndex.Section, ArticleIndex.SectionKey(rows.GetString(4)), Field.Store.NO));
                }

                foreach (var entityId in System.Text.Json.JsonSerializer.Deserialize(rows.GetString(5), Writing.StringListJson.Default.StringArray) ?? [])
                {
                    document.Add(new StringField(ArticleIndex.Entity, entityId, Field.Store.NO));
                }

                writer.AddDocument(document);
            }
        }
    }

    /// <summary>The database's data version, which an index records to say what it was built from.</summary>
    internal static async Task<long> DataVersionAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>("SELECT version FROM data_version WHERE id = 1", null, cancellationToken);
}
