using System.Collections.Concurrent;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// What one document teaches about the others of a corpus: acronym definitions ("ISPR" is "Inter-Services Public
/// Relations") and role acronyms ("COAS"). Pass one instance to every <see cref="NewsPipeline.Process"/> call of a run so
/// that an acronym defined in one article resolves in another. Thread-safe.
/// </summary>
public sealed class ExtractionContext
{
    private readonly ConcurrentDictionary<string, AcronymMeaning> _acronyms = new(StringComparer.Ordinal);

    /// <summary>The acronyms learnt so far and what they stand for.</summary>
    public IReadOnlyDictionary<string, string> Acronyms =>
        _acronyms.ToDictionary(pair => pair.Key, pair => pair.Value.LongForm, StringComparer.Ordinal);

    internal void Learn(string acronym, AcronymMeaning meaning) => _acronyms.TryAdd(acronym, meaning);

    internal AcronymMeaning? Find(string acronym) => _acronyms.TryGetValue(acronym, out var meaning) ? meaning : null;
}

/// <summary>What an acronym stands for; a role acronym ("COAS") names no entity.</summary>
internal sealed record AcronymMeaning(string LongForm, EntityType Type, bool IsRole);
