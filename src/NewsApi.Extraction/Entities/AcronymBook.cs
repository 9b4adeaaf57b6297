namespace NewsApi.Extraction.Entities;

/// <summary>The acronyms one document defines, falling back on those the shared context learnt from earlier documents.</summary>
internal sealed class AcronymBook(ExtractionContext? context)
{
    private readonly Dictionary<string, AcronymMeaning> _defined = new(StringComparer.Ordinal);

    public void Define(string acronym, AcronymMeaning meaning)
    {
        _defined.TryAdd(acronym, meaning);
        context?.Learn(acronym, meaning);
    }

    public AcronymMeaning? Find(string acronym) =>
        _defined.TryGetValue(acronym, out var meaning) ? meaning : context?.Find(acronym);

    /// <summary>
    /// What an acronym, or a short form the text defined in mixed case or in words (LuSE, Copom), stands for. Earlier
    /// documents' definitions are looked up only for words shaped as short forms: most capitalised words are names.
    /// </summary>
    public AcronymMeaning? ShortForm(string word) =>
        _defined.TryGetValue(word, out var meaning) ? meaning : Rules.Acronyms.IsShortForm(word) ? context?.Find(word) : null;

    /// <summary>Names of one person the document states ("Jeff Gannon, whose real name is James Guckert"): the real name, then the one used.</summary>
    public List<(string RealName, string UsedName)> PeopleLinks { get; } = [];

    public void LinkPeople(string realName, string usedName) => PeopleLinks.Add((realName, usedName));

    public bool IsRole(string word) => Find(word)?.IsRole == true;

    /// <summary>An acronym defined as a title or a common noun: no name on its own.</summary>
    public bool NamesNothing(string word) => Find(word) is { NamesEntity: false };
}
