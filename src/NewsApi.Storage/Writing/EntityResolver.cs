using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Entities;

namespace NewsApi.Storage.Writing;

/// <summary>
/// Decides which stored entity an extracted entity is, creating it when it is new. An extracted entity joins a stored
/// one of the same type when its name matches the stored canonical name or an alias no other entity of that type has
/// ("ISPR" -> Inter-Services Public Relations), or when its aliases match exactly one stored canonical name.
/// Alias-to-alias matches are refused: "Nawaz Sharif" and "Shehbaz Sharif" both answer to "Sharif".
/// </summary>
internal sealed class EntityResolver(SqliteConnection connection, SqliteTransaction transaction)
{
    private const string CandidatesSql = """
        SELECT e.id AS Id, e.name AS Name
        FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.alias_key = @Key AND e.type = @Type
        ORDER BY e.id;
        """;

    private const string IdTakenSql = "SELECT EXISTS (SELECT 1 FROM entities WHERE id = @Id);";

    private const string InsertEntitySql = """
        INSERT INTO entities (id, type, name) VALUES (@Id, @Type, @Name);
        INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (@Id, @Name, @Key);
        """;

    private const string RenameSql = "UPDATE entities SET name = @Name WHERE id = @Id;";

    public async Task<string> ResolveAsync(ExtractedEntity entity, CancellationToken cancellationToken)
    {
        var type = EntityTypeName.Of(entity.Type);
        if (await MatchByNameAsync(type, entity.Name, cancellationToken) is { } byName)
        {
            return byName;
        }

        if (await MatchByAliasAsync(type, entity, cancellationToken) is { } shortForm)
        {
            // The stored name is a short form of this one ("ISPR" seen before "Inter-Services Public Relations (ISPR)"):
            // show the fuller name from now on; the id stays, since other services hold it.
            if (entity.Name.Length > shortForm.Name.Length)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    RenameSql, new { shortForm.Id, entity.Name }, transaction, cancellationToken: cancellationToken));
            }

            return shortForm.Id;
        }

        return await CreateAsync(type, entity.Name, cancellationToken);
    }

    private async Task<string?> MatchByNameAsync(string type, string name, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        var candidates = await CandidatesAsync(type, key, cancellationToken);
        var sameCanonicalName = candidates.FirstOrDefault(candidate => NameKey.Of(candidate.Name) == key);
        return sameCanonicalName?.Id ?? (candidates.Count == 1 ? candidates[0].Id : null);
    }

    private async Task<StoredName?> MatchByAliasAsync(string type, ExtractedEntity entity, CancellationToken cancellationToken)
    {
        var nameKey = NameKey.Of(entity.Name);
        var matches = new List<StoredName>();
        foreach (var key in entity.Aliases.Select(NameKey.Of).Where(key => key != nameKey).Distinct())
        {
            var candidates = await CandidatesAsync(type, key, cancellationToken);
            matches.AddRange(candidates.Where(candidate => NameKey.Of(candidate.Name) == key));
        }

        return matches.DistinctBy(match => match.Id).ToList() is [var onlyMatch] ? onlyMatch : null;
    }

    private async Task<string> CreateAsync(string type, string name, CancellationToken cancellationToken)
    {
        var id = await FreeIdAsync(type, name, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            InsertEntitySql, new { Id = id, Type = type, Name = name, Key = NameKey.Of(name) }, transaction, cancellationToken: cancellationToken));
        return id;
    }

    /// <summary>The name's slug; on a clash "slug-type", then "slug-type-2"...: the same for the same seeding order.</summary>
    private async Task<string> FreeIdAsync(string type, string name, CancellationToken cancellationToken)
    {
        var slug = Slug.Of(name);
        if (slug.Length == 0)
        {
            // A name without letters or digits still gets a stable id.
            slug = $"{type}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NameKey.Of(name))))[..8]}";
        }

        if (!await IsTakenAsync(slug, cancellationToken))
        {
            return slug;
        }

        var typed = $"{slug}-{type}";
        var id = typed;
        for (var suffix = 2; await IsTakenAsync(id, cancellationToken); suffix++)
        {
            id = $"{typed}-{suffix}";
        }

        return id;
    }

    private Task<bool> IsTakenAsync(string id, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(IdTakenSql, new { Id = id }, transaction, cancellationToken: cancellationToken));

    private async Task<List<StoredName>> CandidatesAsync(string type, string key, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<StoredName>(new CommandDefinition(
            CandidatesSql, new { Key = key, Type = type }, transaction, cancellationToken: cancellationToken))).AsList();

    private sealed record StoredName
    {
        public required string Id { get; init; }
        public required string Name { get; init; }
    }
}
