using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Infrastructure;

namespace NewsApi.Features.Entities;

/// <summary>
/// The name search (GET /entities?q=, /people?q= and the other types) answered from memory. SQL had to match
/// <c>%q%</c> against every alias for the list's exact total (1.2 of a lookup's 5 ms of CPU at 100k articles); here every
/// suffix of every alias key is sorted once, so the aliases containing q are one binary search away and the cost follows
/// the matches, not the archive. Built from the database once per data version (one statement, so one snapshot) and
/// built again when the version changes; the answers are the SQL search's: same ranks, best alias, order, totals and
/// cursors.
/// </summary>
public sealed class EntityNameIndex(NewsDatabase database, DataVersion dataVersion)
{
    private const string LoadSql = """
        SELECT v.version AS Version, a.entity_id AS EntityId, a.alias_key AS AliasKey, a.alias AS Alias,
               e.type AS Type, e.name AS Name, e.confidence AS Confidence,
               COALESCE(s.article_count, 0) AS ArticleCount, COALESCE(s.mention_count, 0) AS MentionCount
        FROM data_version v
        LEFT JOIN entity_aliases a ON 1
        LEFT JOIN entities e ON e.id = a.entity_id
        LEFT JOIN entity_statistics s ON s.entity_id = a.entity_id
        WHERE v.id = 1
        """;

    private readonly Lock _lock = new();
    private Task<Snapshot>? _latest;

    /// <summary>The index of the data version the database is at; null when it has none or is being written to (the SQL search answers then).</summary>
    public async Task<Snapshot?> CurrentAsync(CancellationToken ct)
    {
        if (await dataVersion.CurrentAsync(ct) is not { } version)
        {
            return null;
        }

        Task<Snapshot> latest;
        lock (_lock)
        {
            if (_latest is null || _latest.IsFaulted || _latest.IsCanceled || (_latest.IsCompletedSuccessfully && _latest.Result.Version != version))
            {
                // Shared by every request that waits for it, so no one request's cancellation stops it.
                _latest = Task.Run(() => LoadAsync(CancellationToken.None), CancellationToken.None);
            }

            latest = _latest;
        }

        try
        {
            var snapshot = await latest.WaitAsync(ct);
            return snapshot.Version == version ? snapshot : null;
        }
        catch (SqliteException)
        {
            return null; // the SQL search reports what is wrong with the database
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = (await connection.QueryAsync<AliasRow>(new CommandDefinition(LoadSql, cancellationToken: ct))).AsList();
        return new Snapshot(rows);
    }

    /// <summary>One match: the entity, its best-matching alias and that alias's rank (0 starts with q, 1 a word does, 2 contains it).</summary>
    public sealed record Match(Entity Entity, string Alias, int Rank);

    public sealed record Entity(string Id, string Type, string Name, double Confidence, long ArticleCount, long MentionCount);

    /// <summary>One data version's aliases, with every suffix of their keys in ordinal order.</summary>
    public sealed class Snapshot
    {
        private readonly Entity[] _entities;
        private readonly int[] _entityOrder; // position in (more articles, more mentions, id) order
        private readonly string[] _keys;
        private readonly string[] _aliases;
        private readonly int[] _aliasLength; // in code points, as SQLite's length()
        private readonly int[] _aliasEntity;
        private readonly (int Alias, int Offset)[] _suffixes;

        internal Snapshot(List<AliasRow> rows)
        {
            Version = rows.Count > 0 ? rows[0].Version : 0;
            var aliasRows = rows.Where(row => row is { EntityId: not null, AliasKey: not null, Alias: not null, Type: not null }).ToList();
            var entityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var entities = new List<Entity>();
            _keys = new string[aliasRows.Count];
            _aliases = new string[aliasRows.Count];
            _aliasLength = new int[aliasRows.Count];
            _aliasEntity = new int[aliasRows.Count];
            var suffixes = new List<(int, int)>();
            for (var i = 0; i < aliasRows.Count; i++)
            {
                var row = aliasRows[i];
                if (!entityIndex.TryGetValue(row.EntityId!, out var entity))
                {
                    entity = entityIndex[row.EntityId!] = entities.Count;
                    entities.Add(new Entity(row.EntityId!, row.Type!, row.Name!, row.Confidence, row.ArticleCount, row.MentionCount));
                }

                (_keys[i], _aliases[i], _aliasEntity[i]) = (row.AliasKey!, row.Alias!, entity);
                _aliasLength[i] = row.Alias!.EnumerateRunes().Count();
                for (var offset = 0; offset < Math.Max(1, row.AliasKey!.Length); offset++)
                {
                    suffixes.Add((i, offset));
                }
            }

            _entities = [.. entities];
            _suffixes = [.. suffixes];
            Array.Sort(_suffixes, (a, b) => _keys[a.Alias].AsSpan(a.Offset).SequenceCompareTo(_keys[b.Alias].AsSpan(b.Offset)));
            var byListOrder = Enumerable.Range(0, _entities.Length).ToArray();
            Array.Sort(byListOrder, (a, b) => CompareInList(_entities[a], _entities[b]));
            _entityOrder = new int[_entities.Length];
            for (var position = 0; position < byListOrder.Length; position++)
            {
                _entityOrder[byListOrder[position]] = position;
            }
        }

        public long Version { get; }

        /// <summary>
        /// A page of the entities with an alias containing <paramref name="key"/> (of <paramref name="type"/> when given, in at
        /// least <paramref name="minArticles"/> articles), after the cursor's row, and how many there are in all.
        /// </summary>
        public (List<Match> Page, int Total) Search(string key, string? type, int minArticles, EntityKey? afterKey, string? afterId, int take)
        {
            var best = new Dictionary<int, (int Rank, int Alias)>();
            for (var i = FirstSuffixFrom(key); i < _suffixes.Length; i++)
            {
                var (alias, offset) = _suffixes[i];
                if (!_keys[alias].AsSpan(offset).StartsWith(key, StringComparison.Ordinal))
                {
                    break;
                }

                var rank = offset == 0 ? 0 : _keys[alias][offset - 1] == ' ' ? 1 : 2;
                var entity = _aliasEntity[alias];
                if (!best.TryGetValue(entity, out var current) || IsBetterAlias(rank, alias, current.Rank, current.Alias))
                {
                    best[entity] = (rank, alias);
                }
            }

            var total = 0;
            var after = new List<(int Rank, int Entity, int Alias)>();
            foreach (var (entity, (rank, alias)) in best)
            {
                var row = _entities[entity];
                if ((type is not null && row.Type != type) || row.ArticleCount < minArticles)
                {
                    continue;
                }

                total++;
                if (afterId is null || CompareToCursor(rank, row, afterKey!, afterId) > 0)
                {
                    after.Add((rank, entity, alias));
                }
            }

            after.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : _entityOrder[a.Entity].CompareTo(_entityOrder[b.Entity]));
            return ([.. after.Take(take).Select(match => new Match(_entities[match.Entity], _aliases[match.Alias], match.Rank))], total);
        }

        private int FirstSuffixFrom(string key)
        {
            var (low, high) = (0, _suffixes.Length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                var (alias, offset) = _suffixes[middle];
                if (_keys[alias].AsSpan(offset).SequenceCompareTo(key) < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        // The SQL's ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY match_rank, length(alias), alias).
        private bool IsBetterAlias(int rank, int alias, int bestRank, int bestAlias) =>
            rank != bestRank ? rank < bestRank
            : _aliasLength[alias] != _aliasLength[bestAlias] ? _aliasLength[alias] < _aliasLength[bestAlias]
            : CodePointOrder.Compare(_aliases[alias], _aliases[bestAlias]) < 0;

        private static int CompareInList(Entity a, Entity b) =>
            a.ArticleCount != b.ArticleCount ? b.ArticleCount.CompareTo(a.ArticleCount)
            : a.MentionCount != b.MentionCount ? b.MentionCount.CompareTo(a.MentionCount)
            : CodePointOrder.Compare(a.Id, b.Id);

        // (MatchRank, -ArticleCount, -MentionCount, Id) against the cursor's, as the SQL's row-value comparison.
        private static int CompareToCursor(int rank, Entity row, EntityKey key, string id) =>
            rank != key.MatchRank ? rank.CompareTo(key.MatchRank)
            : row.ArticleCount != key.ArticleCount ? key.ArticleCount.CompareTo(row.ArticleCount)
            : row.MentionCount != key.MentionCount ? key.MentionCount.CompareTo(row.MentionCount)
            : CodePointOrder.Compare(row.Id, id);
    }

    internal sealed record AliasRow
    {
        public long Version { get; init; }
        public string? EntityId { get; init; }
        public string? AliasKey { get; init; }
        public string? Alias { get; init; }
        public string? Type { get; init; }
        public string? Name { get; init; }
        public double Confidence { get; init; }
        public long ArticleCount { get; init; }
        public long MentionCount { get; init; }
    }
}

/// <summary>SQLite's BINARY collation (UTF-8 bytes, so code points) for .NET strings, whose ordinal order differs above U+FFFF.</summary>
internal static class CodePointOrder
{
    public static int Compare(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return Fixed(a[i]).CompareTo(Fixed(b[i]));
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    // Surrogates (U+D800-DFFF, code points above U+FFFF) sort after U+E000-FFFF in code point order.
    private static int Fixed(char c) => c >= '\uD800' ? (c >= '\uE000' ? c - 0x800 : c + 0x2000) : c;
}
