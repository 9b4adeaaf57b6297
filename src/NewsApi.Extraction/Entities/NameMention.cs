using NewsApi.Extraction.Documents;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// One name found in the text, before names are merged into entities: [<see cref="Start"/>, <see cref="End"/>) of a field,
/// with titles, a leading "the" and a possessive already cut off (<see cref="Text"/> is what is left).
/// </summary>
internal sealed record NameMention(EntityType Type, TextField Field, int Start, int End, string Text, string Sentence)
{
    /// <summary>Roles the text gives this person here ("Prime Minister" for "PM Shehbaz").</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The name as written with the title right before it ("Field Marshal Munir"), when there is one.</summary>
    public string? TitledText { get; init; }

    /// <summary>A city's name meaning its team in this article (<see cref="Rules.TeamContext.RetypeTeamCities"/>), kept apart from the city.</summary>
    public bool IsTeam { get; init; }

    /// <summary>
    /// A listed place written like the surname of a person of the article, after a preposition of place ("writer Jake
    /// Morrow in Houston" beside "Sen. Maria Houston"): the place, kept apart from the person's mentions.
    /// </summary>
    public bool IsNamesakePlace { get; init; }

    /// <summary>Found by a rule the tagger cannot overrule (a dateline, an acronym definition), so its type wins votes.</summary>
    public bool IsCertain { get; init; }

    /// <summary>How the name reads in running text when <see cref="Text"/> is set in capitals ("Islamabad" for "ISLAMABAD:").</summary>
    public string? NormalText { get; init; }

    /// <summary>The tagger's confidence in the span, 0..1; 1 for names found by rules.</summary>
    public double Confidence { get; init; } = 1;

    public bool Overlaps(NameMention other) => Field == other.Field && Start < other.End && other.Start < End;

    /// <summary>A name written inside this one, over its characters [start, end): with no title, roles or certainty of its own.</summary>
    public NameMention Inside(EntityType type, int start, int end) => this with
    {
        Type = type, Start = Start + start, End = Start + end, Text = Text[start..end], TitledText = null, Roles = [], IsCertain = false,
    };
}
