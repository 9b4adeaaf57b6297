using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Sony, Denso and Toyota Motor hold stakes": a one-word name the tagger took for a person, listed right beside an
/// organisation (", " or "and" between them), is an organisation too. Not a surname of someone the article names in full
/// ("Smith" of "John Smith"), a listed given name, a word of running text, a name with a title or role, or a name opening
/// a bracket. So is a one-word place no list knows ("listed H&amp;M, Primark, Kiabi and C&amp;A", "Apple, Microsoft and
/// Nvidia"); and a one-word person listed beside a listed place, or beside any place after "in" or "around", is a
/// place ("the ports of Izmail and Reni", "around Kladovo and Negotin"), as is a listed town beside any place
/// ("Appleby-in-Westmorland and Kendal").
/// </summary>
internal static class ListNeighbours
{
    public static void Retype(List<NameMention> mentions, IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        HashSet<string>? surnames = null;
        var order = Enumerable.Range(0, mentions.Count).OrderBy(index => mentions[index].Field).ThenBy(index => mentions[index].Start).ToList();
        RetypePairsAfterPrepositionsOfPlace(mentions, order, texts, gazetteer);
        RetypeCitiesBesideClubs(mentions, order, texts, gazetteer);
        for (var position = 0; position < order.Count; position++)
        {
            var mention = mentions[order[position]];
            if (mention is not { IsCertain: false, Roles.Count: 0, TitledText: null } || mention.Type is not (EntityType.Person or EntityType.Place)
                || mention.Text.Contains(' ', StringComparison.Ordinal)
                || (gazetteer.IsFirstName(mention.Text) && !IsListedTown(mention))
                || gazetteer.IsPeopleGroup(mention.Text) || SentenceWords.IsSentenceWord(mention.Text)
                || (mention.Type == EntityType.Place && IsPlace(mention, texts[mention.Field], gazetteer))
                || (mention.Start > 0 && texts[mention.Field][mention.Start - 1] == '(')) // "Judi Moylan (Pearce, Liberal)": her electorate
            {
                continue;
            }

            var type = ListedBeside(position - 1, position) ?? ListedBeside(position, position + 1);
            if (type is { } listedType && !(surnames ??= NameWords.SurnamesNamedInFull(mentions)).Contains(mention.Text))
            {
                mentions[order[position]] = mention with { Type = listedType };
            }

            // The type the mention takes from its neighbour in the list, if any: an organisation's, or a listed place's for a person.
            EntityType? ListedBeside(int left, int right)
            {
                if (left < 0 || right >= order.Count || !IsListedBeside(mentions[order[left]], mentions[order[right]], texts)) return null;
                var neighbour = mentions[order[left == position ? right : left]];
                if (neighbour.Type == EntityType.Organisation) return gazetteer.IsFirstName(mention.Text) ? null : EntityType.Organisation;
                return mention.Type == EntityType.Person && neighbour.Type == EntityType.Place
                    && (gazetteer.IsPlace(neighbour.Text) || NameLists.Default.IsCityOrRegion(neighbour.Text) || IsAfterLocative(mentions[order[left]], texts)
                        || IsListedTown(mention)) // "Appleby-in-Westmorland and Kendal": a listed town beside any place
                    ? EntityType.Place : null;
            }
        }

        // "The jury – Kjaergaard, Marcus Levine, [Tunde Bakare], [Park Ji-won], Lucia Ferreyra ...": a name of two or three words
        // no list knows as a place, listed between people, is a person.
        for (var position = 1; position + 1 < order.Count; position++)
        {
            var (left, mention, right) = (mentions[order[position - 1]], mentions[order[position]], mentions[order[position + 1]]);
            if (mention is { Type: EntityType.Place, IsCertain: false } && mention.Text.AsSpan().Count(' ') is 1 or 2
                && !gazetteer.IsPlaceOrNationality(mention.Text) && !NameLists.Default.IsCityOrRegion(mention.Text)
                && left.Type == EntityType.Person && IsListedBeside(left, mention, texts)
                && (right.Type == EntityType.Person || (position + 2 < order.Count && mentions[order[position + 2]].Type == EntityType.Person))
                && IsListedBeside(mention, right, texts))
            {
                mentions[order[position]] = mention with { Type = EntityType.Person };
            }
        }
    }

    // A person's one-word name the city lists hold, which a place beside it makes the town ("Kendal" is a given name too).
    private static bool IsListedTown(NameMention mention) => mention.Type == EntityType.Person && NameLists.Default.IsCityOrRegion(mention.Text);

    // "around Kladovo and Negotin": a pair after one of these is of places, listed or not.
    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["in", "around", "near", "outside", "across", "throughout"]);

    private static bool IsAfterLocative(NameMention first, IReadOnlyDictionary<TextField, string> texts) =>
        Locatives.Contains(NameWords.WordBefore(texts[first.Field], first.Start));

    /// <summary>
    /// "promoted alongside Leeds United and Sunderland": a city listed right beside a listed club is its club, as
    /// <see cref="JoinedNames"/> reads the pair when the tagger joined it into one name.
    /// </summary>
    private static void RetypeCitiesBesideClubs(List<NameMention> mentions, List<int> order, IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        bool IsClub(int position) => position >= 0 && position < order.Count
            && mentions[order[position]] is { Type: EntityType.Organisation } club && gazetteer.IsSportsClub(club.Text);
        for (var position = 0; position < order.Count; position++)
        {
            var mention = mentions[order[position]];
            if (mention is { Type: EntityType.Place, IsCertain: false, Roles.Count: 0 } && !gazetteer.IsCountry(mention.Text)
                && ((IsClub(position - 1) && IsListedBeside(mentions[order[position - 1]], mention, texts))
                    || (IsClub(position + 1) && IsListedBeside(mention, mentions[order[position + 1]], texts))))
            {
                mentions[order[position]] = mention with { Type = EntityType.Organisation };
            }
        }
    }

    // Of those, the ones that only say where: "a stake in Kpler and Vortexa" names firms, "the stretch around" no firm.
    private static readonly FrozenSet<string> PrepositionsOfPlace = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["around", "near", "outside"]);

    /// <summary>
    /// "The stretch around Kladovo and Negotin": two one-word names listed right after a preposition that only says where
    /// are places, whatever the tagger made of them (organisations too), and so wherever else the article names them
    /// without a title or role ("In Kladovo, where ..."), unless a list knows one as a body or a given name ("protests
    /// outside Tesla and Ford") or it is the surname of someone named in full.
    /// </summary>
    private static void RetypePairsAfterPrepositionsOfPlace(List<NameMention> mentions, List<int> order, IReadOnlyDictionary<TextField, string> texts, Gazetteer gazetteer)
    {
        HashSet<string>? surnames = null, places = null;
        bool MayBePlace(NameMention mention) =>
            mention is { IsCertain: false, Roles.Count: 0, TitledText: null } && mention.Type != EntityType.Place
            && !mention.Text.Contains(' ', StringComparison.Ordinal) && !gazetteer.IsListedBody(mention.Text) && !gazetteer.IsFirstName(mention.Text)
            && !gazetteer.IsPeopleGroup(mention.Text) && !SentenceWords.IsSentenceWord(mention.Text)
            && !(surnames ??= NameWords.SurnamesNamedInFull(mentions)).Contains(mention.Text);
        for (var position = 0; position + 1 < order.Count; position++)
        {
            var (first, second) = (mentions[order[position]], mentions[order[position + 1]]);
            if (!PrepositionsOfPlace.Contains(NameWords.WordBefore(texts[first.Field], first.Start)) || !IsListedBeside(first, second, texts)
                || !(first.Type == EntityType.Place || MayBePlace(first)) || !(second.Type == EntityType.Place || MayBePlace(second)))
            {
                continue;
            }

            (places ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith([first.Text, second.Text]);
        }

        if (places is null) return;
        for (var index = 0; index < mentions.Count; index++)
        {
            if (places.Contains(mentions[index].Text) && (mentions[index].Type == EntityType.Place || MayBePlace(mentions[index])))
            {
                mentions[index] = mentions[index] with { Type = EntityType.Place };
            }
        }
    }

    /// <summary>
    /// Whether a place the tagger found is a place whatever its neighbours: a listed place, or one written as a place
    /// ("Chino, California") or before a noun ("Narathiwat provincial authorities").
    /// </summary>
    private static bool IsPlace(NameMention place, string text, Gazetteer gazetteer)
    {
        if (gazetteer.IsPlaceOrNationality(place.Text) || NameLists.Default.IsCityOrRegion(place.Text)) return true;
        var after = text.AsSpan(place.End);
        if (after.StartsWith(", ", StringComparison.Ordinal)) return gazetteer.IsPlace(FirstWord(after[2..]).ToString());
        if (after.Length < 2 || after[0] != ' ' || !char.IsLower(after[1])) return false;
        return FirstWord(after[1..]) is not ("and" or "or");
    }

    /// <summary>The text up to the first space or punctuation mark; empty when there is none after it.</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text) => text[..Math.Max(0, text.IndexOfAny(" ,.;"))];

    /// <summary>Whether the two mentions are next to each other in a sentence with only ", " or "and" between them.</summary>
    private static bool IsListedBeside(NameMention left, NameMention right, IReadOnlyDictionary<TextField, string> texts)
    {
        if (left.Field != right.Field || left.Sentence != right.Sentence || right.Start <= left.End)
        {
            return false;
        }

        var text = texts[left.Field];
        var between = text.AsSpan(left.End, right.Start - left.End);
        var possessive = text.AsSpan(right.End).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(right.End).StartsWith("\u2019s", StringComparison.Ordinal);
        // Not an apposition: "Kernel, Ukraine's largest producer of sunflower oil"; nor a clause's subject after a place ("in
        // Paris, Sarkozy met Merkel").
        return (between is " and " or ", and " or " & ") || (between is ", " && !possessive && !SentenceWords.IsClauseVerb(NameWords.WordAfter(text, right.End)));
    }
}
