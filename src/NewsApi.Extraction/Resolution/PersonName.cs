namespace NewsApi.Extraction.Resolution;

/// <summary>
/// A person's name key cut into given names and surname, to tell whether two names can be one person: "George Bush"
/// can be "George W. Bush", "Blair" can be "Tony Blair" or "Mark Blair", but "Tony Blair" is never "Mark Blair".
/// </summary>
internal sealed class PersonName
{
    private static readonly FrozenSet<string> Suffixes = FrozenSet.Create(StringComparer.Ordinal, ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

    private PersonName(string[] words)
    {
        var end = words.Length;
        while (end > 1 && Suffixes.Contains(words[end - 1])) end--;
        Words = JoinParticles(words[..end]);
        Surname = Words.Length == 0 ? "" : Rules.EastAsianNames.IsFamilyNameFirst(Words) ? Words[0] : Words[^1];
    }

    // "del rio" is one surname: "Jack Del Rio" is given name "jack" and surname "del rio", and "Del Rio" alone a surname.
    private static string[] JoinParticles(string[] words)
    {
        return words.Length >= 2 && Rules.NameWords.IsSurnameParticle(words[^2])
            ? [.. words[..^2], $"{words[^2]} {words[^1]}"]
            : words;
    }

    /// <summary>The name's words without generational suffixes ("jr").</summary>
    public string[] Words { get; }

    /// <summary>
    /// The last word, or the first of a Korean name ("choi" of "choi soon-sil"); empty for a name with no words at all
    /// (punctuation the tagger took for a name).
    /// </summary>
    public string Surname { get; }

    /// <summary>Given names and a surname, not a surname (or a single name) alone.</summary>
    public bool IsFull => Words.Length >= 2;

    public static PersonName Of(string key) => new(key.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Whether this name is <paramref name="fuller"/> written with fewer given names: same surname, the first given name
    /// the same (or its initial), and any other given names among the fuller name's, in order. A fuller name opening with
    /// an initial and a given name in full is known by that given name. With <paramref name="givenNameForms"/> a given
    /// name's short form counts as the same ("dick cheney" for "richard b cheney").
    /// </summary>
    public bool IsShortFormOf(PersonName fuller, bool givenNameForms = false)
    {
        if (!IsFull || Words.Length >= fuller.Words.Length || Surname != fuller.Surname) return false;

        // "J. Edgar Hoover" goes by Edgar: "Edgar Hoover" is him, and "John Hoover" is not.
        var goesBy = Words[0].Length > 1 && fuller.Words[0].Length == 1 && fuller.Words.Length >= 3 && fuller.Words[1].Length > 1 ? 1 : 0;
        if (!SameGivenName(Words[0], fuller.Words[goesBy], givenNameForms)) return false;

        var position = goesBy + 1;
        foreach (var middle in Words[1..^1])
        {
            while (position < fuller.Words.Length - 1 && !SameGivenName(middle, fuller.Words[position], givenNameForms)) position++;
            if (position >= fuller.Words.Length - 1) return false;
            position++;
        }

        return true;
    }

    /// <summary>
    /// Whether this name is <paramref name="other"/> with its first given name cut short ("kris nygaard" for "kristoffer
    /// nygaard", "alex salmond" for "alexander salmond": a cut of three letters or more), or with <paramref
    /// name="givenNameForms"/> in its short form ("bill clinton" for "william clinton"), the same words otherwise.
    /// </summary>
    public bool IsFamiliarFormOf(PersonName other, bool givenNameForms = false) =>
        IsFull && Words.Length == other.Words.Length && Surname == other.Surname && Words.AsSpan(1).SequenceEqual(other.Words.AsSpan(1))
        && ((Words[0].Length >= 3 && other.Words[0].Length >= Words[0].Length + 2 && other.Words[0].StartsWith(Words[0], StringComparison.Ordinal))
            || (givenNameForms && Entities.GivenNameForms.IsShortFormOf(Words[0], other.Words[0])));

    /// <summary>"g" and "george", "george" and "george" (and with <paramref name="forms"/> "dick" and "richard"): one given name; "tony" and "mark" two.</summary>
    private static bool SameGivenName(string a, string b, bool forms) =>
        a == b || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal))
        || (forms && Entities.GivenNameForms.AreOneName(a, b));
}
