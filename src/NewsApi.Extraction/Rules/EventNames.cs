using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "the Kyoto Protocol", "the Digital Millennium Copyright Act (DMCA)", "the Nobel Peace Prize", "the Davis Cup", "the
/// Nanjing Massacre", "the Treaty of Versailles", "the Africa Cup of Nations": laws, treaties, prizes, contests and events
/// are no entities by the annotation conventions (GUM tags them O; tests/eval/wikinews/CONVENTIONS.md), whatever type the tagger gave them. In
/// the Wikinews archive the tagger had made about 60 of them organisations, people ("the Medicines Bill") or places
/// ("the Meech Lake Accord"). A name is one when such a head word ends it and no preposition comes before it, so the
/// head is the name's own ("the Supreme Council for the Islamic Revolution" and "the Board of Elections" stay), or when
/// a law's or battle's word opens it before "of" or "on"; never a name the lists give as a place, organisation or
/// company. A name written inside it is still a mention ("Kyoto"); its acronym and its bare head word ("the Bill") go with it.
/// </summary>
internal static class EventNames
{
    private static readonly FrozenSet<string> Heads = FrozenSet.Create(StringComparer.Ordinal,
    [
        // laws, treaties and documents
        "Act", "Bill", "Treaty", "Protocol", "Accord", "Accords", "Agreement", "Declaration", "Amendment", "Charter", "Constitution",
        "Regulation", "Directive", "Decree", "Ordinance", "Memorandum",
        // speeches: "the State of the Union Address", "the Gettysburg Address"
        "Address",
        // prizes
        "Prize", "Prizes", "Award", "Awards", "Medal", "Trophy",
        // contests
        "Cup", "Olympics", "Paralympics", "Championship", "Championships", "Tournament", "Marathon", "Open",
        // events
        "War", "Wars", "Massacre", "Genocide", "Holocaust", "Bombing", "Bombings", "Uprising", "Revolution", "Crisis", "Summit",
        "Election", "Elections", "Referendum",
    ]);

    // "Games" ends company names too ("Epic Games"), so only a multi-sport event's: "the Commonwealth Games".
    private static readonly FrozenSet<string> GamesQualifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Olympic", "Paralympic", "Commonwealth", "Asian", "Pan", "African", "Winter", "Summer", "Youth", "World", "Invictus",
        "Mediterranean", "Island", "Arab", "European", "Pacific", "Special", "Gay", "Goodwill", "Universiade",
    ]);

    // "the Treaty of Versailles", "the Battle of Mosul", "the Bill of Rights", "the Agreement on Agriculture".
    private static readonly FrozenSet<string> OpeningHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Treaty", "Battle", "Siege", "Act", "Bill", "Protocol", "Declaration", "Charter", "Agreement", "Accord", "Massacre",
        "Memorandum",
    ]);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "of", "for", "on", "to", "in", "at", "against", "de", "du", "des", "del", "della", "di", "da", "do", "dos", "das",
    ]);

    public static void Remove(List<NameMention> mentions, AcronymBook book, Gazetteer gazetteer)
    {
        var eventMentions = mentions.Where(mention => IsEvent(mention.Text, gazetteer)).ToList();
        if (eventMentions.Count == 0)
        {
            return;
        }

        var events = eventMentions.Select(mention => mention.Text).ToList();
        foreach (var place in eventMentions.Select(mention => PlaceOpening(mention, gazetteer)).OfType<NameMention>().ToList())
        {
            // The place opening an event's name is the place, whatever type another rule gave those words ("[Africa] Cup of Nations").
            mentions.RemoveAll(other => other.Field == place.Field && other.Start == place.Start && other.End == place.End && other.Type != EntityType.Place && !other.IsCertain);
            if (!mentions.Any(other => other.Field == place.Field && other.Start == place.Start && other.End == place.End)) mentions.Add(place with { IsCertain = true }); // no team's city
        }

        // Its later short form goes too: "the Electoral Finance Bill ... The Bill is before the committee".
        var keys = events.Select(NameKey.Loose).Concat(events.Select(name => name[(name.LastIndexOf(' ') + 1)..])).ToHashSet(StringComparer.Ordinal);
        mentions.RemoveAll(mention => keys.Contains(NameKey.Loose(mention.Text)) || keys.Contains(mention.Text)
            || (book.Find(mention.Text) is { } meaning && keys.Contains(NameKey.Loose(meaning.LongForm))));
    }

    /// <summary>The listed place that opens an event's name, as a mention of its own: "Vilnius" in "the Vilnius Accord".</summary>
    internal static NameMention? PlaceOpening(NameMention mention, Gazetteer gazetteer)
    {
        for (var end = mention.Text.LastIndexOf(' '); end > 0; end = mention.Text.LastIndexOf(' ', end - 1))
        {
            var words = mention.Text[..end];
            if (gazetteer.IsPlace(words) || gazetteer.IsCountry(words))
            {
                return mention.Inside(EntityType.Place, 0, end);
            }
        }

        return null;
    }

    public static bool IsEvent(string name, Gazetteer gazetteer)
    {
        var (firstSpace, lastSpace) = (name.IndexOf(' ', StringComparison.Ordinal), name.LastIndexOf(' '));
        var isContestOf = name.Contains(" Cup of ", StringComparison.Ordinal) || name.StartsWith("Tour of ", StringComparison.Ordinal);
        if (firstSpace < 0 || !(OpeningHeads.Contains(name[..firstSpace]) || Heads.Contains(name[(lastSpace + 1)..]) || name.EndsWith(" Games", StringComparison.Ordinal) || isContestOf))
        {
            return false; // most names: no event's word at either end
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var shaped = (OpeningHeads.Contains(words[0]) && words[1] is "of" or "on")
            || (isContestOf && words.Length >= 3 && words[^2] == "of") // "the Africa Cup of Nations", "the Tour of Flanders"
            || (!words.Any(Prepositions.Contains) && (Heads.Contains(words[^1]) || (words[^1] == "Games" && words.Any(GamesQualifiers.Contains))));
        // The lists last: most names have no event's head, and looking them up costs more.
        return shaped && !gazetteer.IsPlace(name) && !gazetteer.IsListedOrganisation(name) && !gazetteer.IsMultiWordCompany(name);
    }
}
