using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsApi.Extraction.Entities;

namespace NewsApi.Storage.Writing;

/// <summary>
/// Links an article's entity, as it is written, to the stored entity of the same type and name (its canonical name, or
/// an alias only one entity has), creating one when there is none. A first guess, so that an article is served with its
/// entities as soon as it is written: after the seed, <see cref="Resolution.EntityResolution"/> decides from the whole
/// archive which entities are one.
/// </summary>
internal sealed class EntityFinder(PreparedStatements statements, SqliteTransaction transaction)
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

    public string Find(ExtractedEntity entity)
    {
        var type = EntityTypes.Name(entity.Type);
        var key = NameKey.Of(entity.Name);
        var candidates = statements.Query(transaction, CandidatesSql, row => (Id: row.GetString(0), Name: row.GetString(1)), ("Key", key), ("Type", type));
        var sameName = candidates.FirstOrDefault(candidate => NameKey.Of(candidate.Name) == key).Id;
        return sameName ?? (candidates.Count == 1 ? candidates[0].Id : Create(type, entity.Name, key));
    }

    private string Create(string type, string name, string key)
    {
        var id = FreeId(type, name, key, IsTaken);
        statements.Execute(transaction, InsertEntitySql, ("Id", id), ("Type", type), ("Name", name), ("Key", key));
        return id;
    }

    /// <summary>The name's slug; on a clash "slug-type", then "slug-type-2"...: the same for the same seeding order.</summary>
    internal static string FreeId(string type, string name, string key, Func<string, bool> isTaken)
    {
        var slug = Slug.Of(name);
        if (slug.Length == 0)
        {
            // A name without letters or digits still gets a stable id.
            slug = $"{type}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8]}";
        }

        if (!isTaken(slug))
        {
            return slug;
        }

        var typed = $"{slug}-{type}";
        var id = typed;
        for (var suffix = 2; isTaken(id); suffix++)
        {
            id = $"{typed}-{suffix}";
        }

        return id;
    }

    private bool IsTaken(string id) => statements.Exists(transaction, IdTakenSql, ("Id", id));
}
