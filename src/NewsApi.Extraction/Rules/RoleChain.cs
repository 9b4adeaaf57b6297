using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Parses titles and roles around a name: "Chief of Army Staff (COAS) Field Marshal [Syed Asim Munir]",
/// "[Munir], the chief of army staff (COAS), said". A role is modifiers and a head ("Deputy Prime Minister") with an
/// optional complement ("for Information and Broadcasting", "to the Prime Minister").
/// </summary>
internal sealed class RoleChain(Gazetteer gazetteer)
{
    private const int MaxChainTokens = 16;
    private const int MaxLowerCaseComplementWords = 4;
    private const int MaxPortfolioWords = 2;

    private static readonly FrozenSet<string> Articles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["the", "a", "an"]);

    /// <summary>The longest chain of roles that ends right before token <paramref name="nameStart"/>.</summary>
    public RoleChainMatch? FindBefore(Token[] tokens, int nameStart)
    {
        // Only words a title can be made of may precede the name; most names have none, so this is quick.
        var windowStart = nameStart;
        while (windowStart > 0 && nameStart - windowStart < MaxChainTokens && CanBeInTitle(tokens[windowStart - 1].Text)) windowStart--;
        for (var first = windowStart; first < nameStart; first++)
        {
            if ((RoleWords.StartsTitle(tokens[first].Text) || (RoleWords.IsPortfolio(tokens[first].Text) && !EndsName(tokens, first))
                    || RoleWords.HonourWord(tokens, first).IsModifier)
                && !RoleWords.IsAmbiguousInLowerCase(tokens[first].Text)
                && Parse(tokens, first, nameStart, lowerCase: false) is { } roles)
            {
                return new RoleChainMatch(roles, first, nameStart);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the word at <paramref name="index"/> ends an organisation's name rather than opening a role: "Emo [Oil]
    /// managing director", "National Center for Science [Education] speaker", "Department of [Immigration] spokesperson";
    /// "the Iraqi [Transport] Minister" and "according to [Transport] Minister" open one.
    /// </summary>
    private bool EndsName(Token[] tokens, int index)
    {
        if (index == 0) return false;
        var before = tokens[index - 1].Text;
        return before is "of" or "for" or "and" or "&"
            || (char.IsUpper(before[0]) && gazetteer.CountryForDemonym(before) is null && !gazetteer.IsPlace(before) && !RoleWords.StartsTitle(before)
                && !gazetteer.IsOrganisationCue(before)); // "Senate [Majority] Leader": the body the role is in
    }

    /// <summary>The whole of tokens [first, end) read as roles, or null when something else is in there.</summary>
    public RoleChainMatch? ParseExactly(Token[] tokens, int first, int end, bool lowerCase = false) =>
        first < end && Parse(tokens, first, end, lowerCase) is { } roles ? new RoleChainMatch(roles, first, end) : null;

    /// <summary>An appositive after a name: ", the chief of army staff (COAS)," ending at a comma, stop or bracket.</summary>
    public RoleChainMatch? FindAppositive(Token[] tokens, int nameEnd)
    {
        if (nameEnd >= tokens.Length || tokens[nameEnd].Text != ",")
        {
            return null;
        }

        // ", the chief of army staff," or ", Pakistan's foreign minister,"; ", Federal Minister ... Tarar," is a list.
        var first = nameEnd + 1;
        if (first < tokens.Length && Articles.Contains(tokens[first].Text))
        {
            first++;
        }
        else if (first + 1 < tokens.Length && tokens[first + 1].Text is "'s" or "’s")
        {
            first += 2;
        }
        else if (first >= tokens.Length || !char.IsLower(tokens[first].Text[0]))
        {
            return null;
        }

        var end = first;
        var depth = 0;
        while (end < tokens.Length && end - first < MaxChainTokens)
        {
            var text = tokens[end].Text;
            depth += text == "(" ? 1 : text == ")" ? -1 : 0;
            if (depth == 0 && (text is "," or "." or ";" or ":" or "—" or "–" || IsWorkplaceStart(tokens, end) || IsVerbAfterEmployer(tokens, end)))
            {
                break;
            }

            end++;
        }

        return end > first && (end == tokens.Length || tokens[end].Text is "," or "." or ";" or ":" or "—" or "–" || IsWorkplaceStart(tokens, end)
                || IsVerbAfterEmployer(tokens, end))
            ? ParseExactly(tokens, first, end, lowerCase: true)
            : null;
    }

    /// <summary>", secretary of Unions New South Wales said the ...": the clause's verb right after the employer's name ends the role.</summary>
    private static bool IsVerbAfterEmployer(Token[] tokens, int index) =>
        index > 0 && SentenceWords.IsReportingVerb(tokens[index].Text) && IsCapitalised(tokens[index - 1].Text);

    /// <summary>
    /// ", head of research at [Tamarind Capital] in Lagos": where someone works is a name of its own, not part of the role.
    /// Only "at": after "in" a place is often the role's own ("leader of the opposition and Liberal Party in Tasmania").
    /// </summary>
    private static bool IsWorkplaceStart(Token[] tokens, int index) =>
        tokens[index].Text == "at" && index + 1 < tokens.Length && IsCapitalised(tokens[index + 1].Text);

    private List<Role>? Parse(Token[] tokens, int first, int end, bool lowerCase)
    {
        var roles = new List<Role>();
        var position = first;
        while (position < end)
        {
            var text = tokens[position].Text;
            if (roles.Count > 0 && text is "and" or "," && position + 1 < end)
            {
                position++;
                continue;
            }

            if (roles.Count > 0 && text == "(" && position + 2 < end && tokens[position + 2].Text == ")"
                && IsAcronym(tokens[position + 1].Text))
            {
                roles[^1] = roles[^1] with { Acronym = tokens[position + 1].Text, End = position + 3 };
                position += 3;
                continue;
            }

            if (ParseRole(tokens, position, end, lowerCase) is not { } role)
            {
                return null;
            }

            roles.Add(role);
            position = role.End;
        }

        return roles.Count > 0 ? roles : null;
    }

    private Role? ParseRole(Token[] tokens, int first, int end, bool lowerCase)
    {
        if (RoleWords.IsHonorific(tokens[first].Text))
        {
            return new Role(tokens[first].Text, first, first + 1, HasComplement: false, IsHonorific: true);
        }

        var headEnd = TitleWordsEnd(tokens, first, end);
        if (headEnd < 0)
        {
            return null;
        }

        var complementEnd = ComplementEnd(tokens, headEnd, end, lowerCase);
        var words = tokens.Skip(first).Take(WithoutTrailingPlace(tokens, headEnd, complementEnd) - first).Select(token => token.Text);
        return new Role(RoleWords.Normalise(words), first, complementEnd, complementEnd > headEnd);
    }

    /// <summary>The end of "modifiers + head" from <paramref name="first"/>, or -1 when no head is there.</summary>
    private static int TitleWordsEnd(Token[] tokens, int first, int end)
    {
        var headEnd = -1;
        var portfolioWords = 0;
        for (var position = first; position < end; position++)
        {
            var word = tokens[position].Text;
            if (word == "-" && position > first && position + 1 < end)
            {
                continue; // "Vice-President", "singer-songwriter"
            }

            // "Chief Executive Tim Cook": "Executive" heads a title only after "Chief" (not "Health Service Executive"), and
            // not before "of" ("Chief Executive of Electric Sheep, Sibley Verbeck", which the employer's rules read).
            var isHead = RoleWords.IsHead(word) || (word is "Executive" or "executive" && position > first && tokens[position - 1].Text is "Chief" or "chief"
                && !(position + 1 < tokens.Length && tokens[position + 1].Text == "of"))
                || (position > first && RoleWords.HonourWord(tokens, position).IsHead);
            var isHyphenatedUnder = word == "Under" && position + 1 < end && tokens[position + 1].Text == "-"; // "Under-Secretary", not "Under President Bush"
            // Portfolios open the title, after its modifiers: "Federal Emergency Management Minister", "Disaster Recovery Minister".
            var isPortfolio = !isHead && headEnd < 0 && portfolioWords < MaxPortfolioWords && char.IsUpper(word[0]) && RoleWords.IsPortfolio(word)
                && (position == first || RoleWords.IsPortfolio(tokens[position - 1].Text) || RoleWords.IsModifier(tokens[position - 1].Text));
            if (!isHead && !RoleWords.IsModifier(word) && !RoleWords.HonourWord(tokens, position).IsModifier && !isPortfolio && !isHyphenatedUnder)
            {
                break;
            }

            if (isPortfolio) portfolioWords++;

            if (isHead)
            {
                headEnd = position + 1;
            }

            var next = position + 2 < end && tokens[position + 1].Text == "-" ? position + 2 : position + 1; // "Secretary-General"
            var nextIsTitleWord = next < end && (RoleWords.IsHead(tokens[next].Text) || RoleWords.IsModifier(tokens[next].Text) || RoleWords.HonourWord(tokens, next).IsHead);
            // "General Manager", "General Secretary": "General" heads a title of its own only elsewhere ("General Sir Mike Jackson").
            var isGeneralOfOffice = word is "General" or "general" && next < end && tokens[next].Text.ToLowerInvariant() is "manager" or "secretary" or "director" or "counsel";
            if (isHead && (!RoleWords.IsModifier(word) || !nextIsTitleWord) && !isGeneralOfOffice)
            {
                break; // "Foreign Minister | Senator": a head that cannot modify ends the title
            }
        }

        return headEnd;
    }

    /// <summary>"of Army Staff", "for Information and Broadcasting", "to the Prime Minister": where it ends.</summary>
    private int ComplementEnd(Token[] tokens, int headEnd, int end, bool lowerCase)
    {
        if (headEnd >= end || !RoleWords.IsComplementStart(tokens[headEnd].Text))
        {
            return headEnd;
        }

        var position = headEnd + 1;
        if (position < end && tokens[position].Text == "the")
        {
            position++;
        }

        // "Assistant to the Prime Minister": a title may follow "to"; after "of Defence" one starts a new role.
        if (tokens[headEnd].Text == "to" && position < end && TitleWordsEnd(tokens, position, end) is var titleEnd and > 0)
        {
            return titleEnd;
        }

        var lastWordEnd = headEnd;
        var lowerCaseWords = 0;
        while (position < end)
        {
            var word = tokens[position].Text;
            if (IsCapitalised(word) && gazetteer.PlaceLengthAt(tokens, position) is var placeLength and > 1 && position + placeLength > end
                && !IsCapitalisedAfterComma(tokens, position + placeLength))
            {
                break; // "Queen of [New Zealand]": the name after the title is a place the title's words must not cut
            }

            // A head starts a new role ("of Defence | Colonel General"); a mere modifier does not ("of Army Staff").
            if (IsCapitalised(word) && !(RoleWords.IsHead(word) && TitleWordsEnd(tokens, position, end) > 0) && !StartsPersonName(tokens, position)
                && !(lastWordEnd > headEnd && IsCapitalised(tokens[position - 1].Text) && IsNameBeforeNextRole(tokens, position)))
            {
                lastWordEnd = ++position;
            }
            else if (lowerCase && IsLowerCaseWord(word) && ++lowerCaseWords <= MaxLowerCaseComplementWords)
            {
                lastWordEnd = ++position;
            }
            else if ((word is "-" or "&" or "and" or "of" or "the" || (word == "for" && tokens[position - 1].Text == "State")) // "Minister of State for Mines"
                     && lastWordEnd == position && position + 1 < end && !RoleWords.StartsTitle(tokens[position + 1].Text))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return lastWordEnd;
    }

    /// <summary>Whether a capitalised word comes next, after a comma or not: "president of Sri Lanka[, Mahinda] Rajapakse".</summary>
    private static bool IsCapitalisedAfterComma(Token[] tokens, int position)
    {
        if (position < tokens.Length && tokens[position].Text == ",") position++;
        return position < tokens.Length && IsCapitalised(tokens[position].Text);
    }

    /// <summary>"Minister of Defence of Azerbaijan" -> "Minister of Defence": the place is an entity, not part of the role.</summary>
    private int WithoutTrailingPlace(Token[] tokens, int headEnd, int complementEnd)
    {
        for (var of = complementEnd - 2; of > headEnd; of--)
        {
            if (tokens[of].Text is "of" or "in")
            {
                var place = string.Join(' ', tokens.Skip(of + 1).Take(complementEnd - of - 1).Select(token => token.Text));
                return gazetteer.IsPlace(place) ? of : complementEnd;
            }
        }

        return complementEnd;
    }

    /// <summary>"... and Broadcasting | Attaullah Tarar": a first name followed by another capitalised word.</summary>
    /// <summary>
    /// "Secretary of State [Condoleezza Rice] and Secretary of Defense Robert Gates": two or three capitalised words no title
    /// is made of, then "and" or a comma and another title, are the first title's holder, not its complement.
    /// </summary>
    private static bool IsNameBeforeNextRole(Token[] tokens, int position)
    {
        var end = position;
        while (end < tokens.Length && end - position < 3 && IsCapitalised(tokens[end].Text) && !RoleWords.StartsTitle(tokens[end].Text)
               && !RoleWords.IsPortfolio(tokens[end].Text)) end++;
        return end - position >= 2 && end + 1 < tokens.Length && tokens[end].Text is "and" or "," && RoleWords.StartsTitle(tokens[end + 1].Text);
    }

    private bool StartsPersonName(Token[] tokens, int position) =>
        gazetteer.IsFirstName(tokens[position].Text) && position + 1 < tokens.Length && IsCapitalised(tokens[position + 1].Text)
        && !gazetteer.IsPlace(tokens[position].Text);

    private static bool CanBeInTitle(string word) =>
        IsCapitalised(word) || RoleWords.StartsTitle(word) || RoleWords.IsConnector(word) || word is "(" or ")" or "-" or "," || IsAcronym(word);

    /// <summary>"JDS" for "JD(S)": an acronym with a letter in brackets written onto it, as India's press names parties that split.</summary>
    public static string WithoutBrackets(string text) => text.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);

    public static bool IsAcronym(string text) =>
        text.Length is >= 2 and <= 10 && char.IsUpper(text[0]) && WordChars.All(text, c => char.IsUpper(c) || char.IsDigit(c) || c is '&' or '.')
        && WordChars.Count(text, char.IsUpper) >= 2;

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsLowerCaseWord(string word) => word.Length > 1 && WordChars.All(word, char.IsLower) && !Articles.Contains(word);
}
