using NewsApi.Storage.Writing;

namespace NewsApi.Tests.Archive;

/// <summary>
/// The API entity that stands for each expected entity, found through GET /entities?q= as a client would: the entity of
/// the expected type named as expected; failing that, the one of that type holding one of its names (most articles
/// first); failing that, one of another type. Null when nothing holds any of its names.
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

    private static async Task<ApiEntity?> BestAsync(ArchiveClient api, IEnumerable<string> names, Func<ApiEntity, bool> fits)
    {
        foreach (var name in names)
        {
            var best = (await api.HoldersOfAsync(name)).Where(fits).OrderByDescending(holder => holder.ArticleCount).FirstOrDefault();
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>Its aliases that no other expected entity of its type shares ("Blair" is Tony's and Rory's: neither's own).</summary>
    public static IEnumerable<string> OwnAliases(ExpectedArchive expected, string key)
    {
        var entity = expected.Entities[key];
        var shared = expected.Entities.Where(other => other.Key != key && other.Value.Type == entity.Type)
            .SelectMany(other => other.Value.Aliases).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        return entity.Aliases.Where(alias => !shared.Contains(NameKey.Of(alias)));
    }
}
