using NewsApi.Extraction.Entities;

namespace NewsApi.Tests.Archive;

/// <summary>
/// The API entity that stands for each expected entity, found through GET /entities?q= as a client would: the entity of
/// the expected type named as expected; failing that, the one of that type holding one of its own names; failing that,
/// one of another type; each time the one in most articles. Null when nothing holds any of its names.
/// </summary>
public sealed class ResolvedEntities
{
    private readonly Dictionary<string, ApiEntity?> _entities;

    private ResolvedEntities(Dictionary<string, ApiEntity?> entities) => _entities = entities;

    public ApiEntity? this[string key] => _entities[key];

    /// <summary>The ids that stand for some expected entity: holding one of their names is not a split.</summary>
    public IReadOnlySet<string> Ids => _entities.Values.OfType<ApiEntity>().Select(entity => entity.Id).ToHashSet(StringComparer.Ordinal);

    public static async Task<ResolvedEntities> ResolveAsync(ArchiveClient api, ExpectedArchive expected)
    {
        var entities = new Dictionary<string, ApiEntity?>(StringComparer.Ordinal);
        foreach (var (key, entity) in expected.Entities)
        {
            var found = await FindAsync(api, entity, OwnAliases(expected, key));
            entities[key] = found is null ? null : await api.DetailAsync(found.Type, found.Id);
        }

        return new ResolvedEntities(entities);
    }

    private static async Task<ApiEntity?> FindAsync(ArchiveClient api, ExpectedEntity expected, IEnumerable<string> ownAliases)
    {
        string[] names = [expected.Name, .. expected.AlsoAcceptedNames];
        string[] anyName = [.. names, .. ownAliases];
        return await BestAsync(api, names, holder => holder.Type == expected.Type && names.Any(name => NameKey.Of(name) == NameKey.Of(holder.Name)))
            ?? await BestAsync(api, anyName, holder => holder.Type == expected.Type)
            ?? await BestAsync(api, names, holder => names.Any(name => NameKey.Of(name) == NameKey.Of(holder.Name)))
            ?? await BestAsync(api, anyName, _ => true);
    }

    /// <summary>Of the entities holding any of the names that fit, the one in most articles.</summary>
    private static async Task<ApiEntity?> BestAsync(ArchiveClient api, IEnumerable<string> names, Func<ApiEntity, bool> fits)
    {
        var holders = new List<ApiEntity>();
        foreach (var name in names)
        {
            holders.AddRange((await api.HoldersOfAsync(name)).Where(fits));
        }

        return holders.OrderByDescending(holder => holder.ArticleCount).FirstOrDefault();
    }

    /// <summary>
    /// Its aliases that no other expected entity of its type shares as an alias or variant ("Blair" is Tony's and Rory's,
    /// so neither's own; "Bush" is George W Bush's alias and Laura Bush's variant, "Mrs. Bush").
    /// </summary>
    public static IEnumerable<string> OwnAliases(ExpectedArchive expected, string key)
    {
        var entity = expected.Entities[key];
        var shared = expected.Entities.Where(other => other.Key != key && other.Value.Type == entity.Type)
            .SelectMany(other => other.Value.Aliases.Concat(other.Value.Variants)).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        return entity.Aliases.Where(alias => !shared.Contains(NameKey.Of(alias)));
    }
}
