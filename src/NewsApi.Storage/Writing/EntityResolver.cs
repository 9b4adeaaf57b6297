using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Entities;

namespace NewsApi.Storage.Writing;

/// <summary>
/// Decides which stored entity an extracted entity is, creating it when it is new. An extracted entity joins a stored
/// one of the same type when its name matches the stored canonical name or an alias no other entity of that type has
/// ("ISPR" -> Inter-Services Public Relations), or when its aliases match exactly one stored canonical name.
/// Alias-to-alias matches are refused: "Nawaz Sharif" and "Shehbaz Sharif" both answer to "Sharif".
/// </summary>
internal sealed class EntityResolver(PreparedStatements statements, SqliteTransaction transaction)
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

    public string Resolve(ExtractedEntity entity)
    {
        var type = EntityTypeName.Of(entity.Type);
        if (MatchByName(type, entity.Name) is { } byName)
        {
            return byName;
        }

        if (MatchByAlias(type, entity) is { } shortForm)
        {
            // The stored name is a short form of this one ("ISPR" seen before "Inter-Services Public Relations (ISPR)"):
            // show the fuller name from now on; the id stays, since other services hold it.
            if (entity.Name.Length > shortForm.Name.Length)
            {
                statements.Execute(transaction, RenameSql, ("Id", shortForm.Id), ("Name", entity.Name));
            }

            return shortForm.Id;
        }

        return Create(type, entity.Name);
    }

    private string? MatchByName(string type, string name)
    {
        var key = NameKey.Of(name);
        var candidates = Candidates(type, key);
        var sameCanonicalName = candidates.FirstOrDefault(candidate => NameKey.Of(candidate.Name) == key);
        return sameCanonicalName?.Id ?? (candidates.Count == 1 ? candidates[0].Id : null);
    }

    private StoredName? MatchByAlias(string type, ExtractedEntity entity)
    {
        var nameKey = NameKey.Of(entity.Name);
        var matches = new List<StoredName>();
        foreach (var key in entity.Aliases.Select(NameKey.Of).Where(key => key != nameKey).Distinct())
        {
            var candidates = Candidates(type, key);
            matches.AddRange(candidates.Where(candidate => NameKey.Of(candidate.Name) == key));
        }

        return matches.DistinctBy(match => match.Id).ToList() is [var onlyMatch] ? onlyMatch : null;
    }

    private string Create(string type, string name)
    {
        var id = FreeId(type, name);
        statements.Execute(transaction, InsertEntitySql, ("Id", id), ("Type", type), ("Name", name), ("Key", NameKey.Of(name)));
        return id;
    }

    /// <summary>The name's slug; on a clash "slug-type", then "slug-type-2"...: the same for the same seeding order.</summary>
    private string FreeId(string type, string name)
    {
        var slug = Slug.Of(name);
        if (slug.Length == 0)
        {
            // A name without letters or digits still gets a stable id.
            slug = $"{type}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NameKey.Of(name))))[..8]}";
        }

        if (!IsTaken(slug))
        {
            return slug;
        }

        var typed = $"{slug}-{type}";
        var id = typed;
        for (var suffix = 2; IsTaken(id); suffix++)
        {
            id = $"{typed}-{suffix}";
        }

        return id;
    }

    private bool IsTaken(string id) => statements.Exists(transaction, IdTakenSql, ("Id", id));

    private List<StoredName> Candidates(string type, string key) =>
        statements.Query(transaction, CandidatesSql, row => new StoredName(row.GetString(0), row.GetString(1)), ("Key", key), ("Type", type));

    private sealed record StoredName(string Id, string Name);
}
