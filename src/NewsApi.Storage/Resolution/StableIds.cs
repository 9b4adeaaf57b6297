using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Resolution;
using NewsApi.Storage.Writing;

namespace NewsApi.Storage.Resolution;

/// <summary>
/// Gives each resolved entity an id, keeping the ids its chains already had: an id an earlier resolution published (other
/// services may hold it) before a first guess made while writing, then the id that spells its name, then the id most of
/// its chains had. An id goes to one entity only (the stronger claim first); an entity with no id left gets a new one
/// from its name.
/// </summary>
internal static class StableIds
{
    public static string[] Assign(IReadOnlyList<ArchiveEntity> entities, IReadOnlyList<EntityResolution.StoredChain> chains, IReadOnlySet<string> published)
    {
        var claims = entities.Index()
            .SelectMany(entity => entity.Item.Chains
                .GroupBy(chain => chains[chain].EntityId, StringComparer.Ordinal)
                .Select(held => (Entity: entity.Index, Id: held.Key, Published: published.Contains(held.Key), FitsName: FitsName(held.Key, entity.Item), Chains: held.Count())))
            .OrderByDescending(claim => claim.Published).ThenByDescending(claim => claim.FitsName).ThenByDescending(claim => claim.Chains).ThenBy(claim => claim.Entity).ThenBy(claim => claim.Id, StringComparer.Ordinal);
        var ids = new string?[entities.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (ids[claim.Entity] is null && taken.Add(claim.Id))
            {
                ids[claim.Entity] = claim.Id;
            }
        }

        // A retired id is not handed to another entity in the same pass: a client holding it would find someone else.
        taken.UnionWith(chains.Select(chain => chain.EntityId));
        for (var index = 0; index < entities.Count; index++)
        {
            if (ids[index] is null)
            {
                var entity = entities[index];
                ids[index] = EntityFinder.FreeId(EntityTypes.Name(entity.Type), entity.Name, NameKey.Of(entity.Name), id => !taken.Add(id));
            }
        }

        return ids!;
    }

    /// <summary>"tony-blair" (or "tony-blair-person", "tony-blair-person-2") for Tony Blair.</summary>
    private static bool FitsName(string id, ArchiveEntity entity)
    {
        var slug = Slug.Of(entity.Name);
        var typed = $"{slug}-{EntityTypes.Name(entity.Type)}";
        return id == slug || id == typed || id.StartsWith(typed + "-", StringComparison.Ordinal);
    }
}
