using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Resolution;

/// <summary>
/// One article's entity as extraction left it (a "chain": its mentions, its fullest name, the other names the article
/// uses), the unit the archive is resolved in. Chains of one article share <see cref="Article"/>.
/// </summary>
/// <param name="Confidence">The tagger's confidence in the name, 0..1 (1 for names found by rules).</param>
public sealed record ArchiveChain(int Article, EntityType Type, string Name, IReadOnlyList<NameUse> Names, int Mentions, double Confidence);

/// <summary>A name an article writes for an entity and how many of its mentions use it.</summary>
/// <param name="IsTitled">A form with a title in it ("Field Marshal Munir"): an alias, never the name to show.</param>
public sealed record NameUse(string Text, int Mentions, bool IsTitled = false);

/// <summary>An entity of the archive: the chains that are it, the name to show and how sure we are it is a real name.</summary>
public sealed record ArchiveEntity(EntityType Type, string Name, IReadOnlyList<int> Chains, double Confidence);
