using System.Collections.Concurrent;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// What one document teaches about the others of a corpus: acronym definitions ("ISPR" is "Inter-Services Public
/// Relations"), role acronyms ("COAS") and people's full names ("Syed Asim Munir"). Pass one instance to every
/// <see cref="NewsPipeline.Process(string, string, ExtractionContext)"/> call of a run so that an acronym defined in one
/// article resolves in another, and a surname used alone names the one person the corpus knows by it. Thread-safe.
/// </summary>
public sealed class ExtractionContext
{
    private readonly ConcurrentDictionary<string, AcronymMeaning> _acronyms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _personNames = new(StringComparer.Ordinal);

    /// <summary>The acronyms learnt so far and what they stand for.</summary>
    public IReadOnlyDictionary<string, string> Acronyms =>
        _acronyms.ToDictionary(pair => pair.Key, pair => pair.Value.LongForm, StringComparer.Ordinal);

    internal void Learn(string acronym, AcronymMeaning meaning) => _acronyms.TryAdd(acronym, meaning);

    internal AcronymMeaning? Find(string acronym) => _acronyms.TryGetValue(acronym, out var meaning) ? meaning : null;

    internal void LearnPersonName(string fullName) => _personNames.TryAdd(fullName, 0);

    /// <summary>The one full name learnt with this surname, or null when there is none or more than one.</summary>
    internal string? FullNameFor(string surname)
    {
        var names = _personNames.Keys.Where(name => name.EndsWith(" " + surname, StringComparison.Ordinal)).Take(2).ToList();
        return names.Count == 1 ? names[0] : null;
    }
}

/// <summary>
/// What an acronym stands for; a role acronym ("COAS") names no entity, nor does one defined by lower-case words
/// ("gross domestic product (GDP)", "improvised explosive device (IED)": <paramref name="IsCommonNoun"/>).
/// </summary>
internal sealed record AcronymMeaning(string LongForm, EntityType Type, bool IsRole, bool IsCommonNoun = false)
{
    public bool NamesEntity => !IsRole && !IsCommonNoun;
}
