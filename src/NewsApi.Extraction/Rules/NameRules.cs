using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// Turns the tagger's spans into name mentions, applying the rules that are surer than a statistical tagger: titles
/// become roles, acronym definitions link two names, hyphenated place compounds split, demonyms and bare titles are no
/// entities.
/// </summary>
internal sealed class NameRules
{
    private static readonly HashSet<string> LeadingArticles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    private readonly Gazetteer _gazetteer;
    private readonly RoleChain _roles;
    private readonly Acronyms _acronyms;

    public NameRules(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _roles = new RoleChain(gazetteer.IsPlace);
        _acronyms = new Acronyms(_roles);
    }

    /// <summary>Records the acronyms a field defines; run over every field before <see cref="Apply"/>.</summary>
    public void LearnAcronyms(IReadOnlyList<Sentence> sentences, IReadOnlyList<TaggedSpan> spans, AcronymBook book)
    {
        for (var index = 0; index < sentences.Count; index++)
        {
            var tokens = sentences[index].Tokens;
            foreach (var definition in _acronyms.Find(tokens))
            {
                var type = spans.FirstOrDefault(span => span.Sentence == index && span.FirstToken <= definition.LongFirst
                    && span.LastToken >= definition.LongEnd - 1 && span.Type != EntityType.Person)?.Type ?? EntityType.Organisation;
                book.Define(definition.Acronym, new AcronymMeaning(definition.LongForm, type, definition.IsRole));
            }
        }
    }

    /// <summary>The name mentions of one field (headline, caption or body).</summary>
    public List<NameMention> Apply(
        TextField field, string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<TaggedSpan> spans, AcronymBook book)
    {
        var mentions = new List<NameMention>();
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = new SentenceText(field, text, sentences[index]);
            var sentenceSpans = spans.Where(span => span.Sentence == index).OrderBy(span => span.FirstToken).ToList();
            var found = new List<NameMention>();
            AddPlaceCompounds(sentence, found);
            AddAcronyms(sentence, book, found);
            var previousEnd = 0;
            foreach (var span in sentenceSpans)
            {
                if (FromSpan(sentence, span, book, previousEnd, found) is { } mention && !found.Any(mention.Overlaps))
                {
                    found.Add(mention);
                }

                previousEnd = span.LastToken + 1;
            }

            mentions.AddRange(found);
        }

        return mentions;
    }

    private NameMention? FromSpan(SentenceText sentence, TaggedSpan span, AcronymBook book, int previousEnd, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        var (first, end, type) = (span.FirstToken, span.LastToken + 1, span.Type);
        while (first < end && LeadingArticles.Contains(tokens[first].Text)) first++;
        while (end > first && IsTrailingJunk(tokens[end - 1].Text)) end--;
        if (first == end || ContainsPlaceCompound(tokens, first, end) || _roles.ParseExactly(tokens, first, end, lowerCase: true) is not null)
        {
            return null;
        }

        if (end - first == 1 && (book.IsRole(tokens[first].Text) || IsDemonym(tokens[first].Text)))
        {
            return null;
        }

        var roles = new List<Role>();
        if (TitlesInside(tokens, first, end, type) is { } inside)
        {
            roles.AddRange(inside.Roles);
            (first, type) = (inside.End, EntityType.Person);
        }

        if (_roles.FindBefore(tokens, first, previousEnd) is { } before && (type == EntityType.Person || LooksLikePersonName(tokens, first, end)))
        {
            roles.InsertRange(0, before.Roles);
            type = EntityType.Person;
        }

        AddPlacesInsideRoles(sentence, roles, found);
        if (type == EntityType.Person && _roles.FindAppositive(tokens, end) is { } appositive)
        {
            roles.AddRange(appositive.Roles);
        }

        var mention = sentence.Mention(type, first, end);
        var title = roles.LastOrDefault(role => role.End == first);
        return mention with
        {
            Roles = roles.Where(role => !role.IsHonorific).Select(role => role.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            TitledText = title is { HasComplement: false, Acronym: null } ? sentence.Slice(title.First, end) : null,
        };
    }

    /// <summary>Titles the tagger included in a span: "Field Marshal [Munir]", "PM [Shehbaz]".</summary>
    private RoleChainMatch? TitlesInside(IReadOnlyList<Token> tokens, int first, int end, EntityType type)
    {
        for (var split = end - 1; split > first; split--)
        {
            if (_roles.ParseExactly(tokens, first, split) is { } chain
                && (type == EntityType.Person || RoleWords.IsHead(tokens[split - 1].Text) && LooksLikePersonName(tokens, split, end)))
            {
                return chain;
            }
        }

        return null;
    }

    private bool LooksLikePersonName(IReadOnlyList<Token> tokens, int first, int end) =>
        _gazetteer.IsFirstName(tokens[first].Text) && end - first >= 2 && !_gazetteer.IsOrganisationCue(tokens[end - 1].Text);

    private bool IsDemonym(string word) => _gazetteer.CountryForDemonym(word) is not null && !_gazetteer.IsPlace(word);

    /// <summary>"Pakistan-Turkiye-Azerbaijan": each part is a place, and the whole is none.</summary>
    private void AddPlaceCompounds(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first < tokens.Count; first++)
        {
            var parts = PlaceCompoundAt(tokens, first);
            foreach (var part in parts)
            {
                found.Add(sentence.Mention(EntityType.Place, part, part + 1) with { IsCertain = true });
            }

            first += Math.Max(0, (parts.Count * 2) - 2);
        }
    }

    private List<int> PlaceCompoundAt(IReadOnlyList<Token> tokens, int first)
    {
        var parts = new List<int>();
        for (var position = first; position < tokens.Count && IsPlaceWord(tokens[position].Text); position += 2)
        {
            parts.Add(position);
            if (position + 2 >= tokens.Count || tokens[position + 1].Text != "-" || tokens[position + 1].Start != tokens[position].End)
            {
                break;
            }
        }

        return parts.Count >= 2 ? parts : [];
    }

    private bool ContainsPlaceCompound(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var position = first; position < end; position++)
        {
            if (PlaceCompoundAt(tokens, position).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPlaceWord(string word) => _gazetteer.IsPlace(word) || _gazetteer.CountryForDemonym(word) is not null;

    /// <summary>"Minister of Defence of Azerbaijan": the place named inside a role is an entity of its own.</summary>
    private void AddPlacesInsideRoles(SentenceText sentence, List<Role> roles, List<NameMention> found)
    {
        foreach (var role in roles.Where(role => role.HasComplement))
        {
            for (var position = role.First; position < role.End; position++)
            {
                if (_gazetteer.PlaceLengthAt(sentence.Tokens, position) is var length and > 0 && char.IsUpper(sentence.Tokens[position].Text[0]))
                {
                    var place = sentence.Mention(EntityType.Place, position, position + length);
                    if (!found.Any(place.Overlaps))
                    {
                        found.Add(place);
                    }

                    position += length - 1;
                }
            }
        }
    }

    /// <summary>Both halves of an acronym definition, and every later use of an acronym the book knows.</summary>
    private static void AddAcronyms(SentenceText sentence, AcronymBook book, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var position = 0; position < tokens.Count; position++)
        {
            if (!RoleChain.IsAcronym(tokens[position].Text) || book.Find(tokens[position].Text) is not { IsRole: false } meaning)
            {
                continue;
            }

            found.Add(sentence.Mention(meaning.Type, position, position + 1) with { IsCertain = true });
            var longFirst = LongFormBefore(tokens, position, meaning.LongForm);
            if (longFirst >= 0 && !found.Any(mention => mention.Field == sentence.Field && mention.Start == tokens[longFirst].Start))
            {
                found.Add(sentence.Mention(meaning.Type, longFirst, position - 1) with { IsCertain = true });
            }
        }
    }

    /// <summary>Where the long form written right before "(ACRONYM)" starts, or -1.</summary>
    private static int LongFormBefore(IReadOnlyList<Token> tokens, int acronym, string longForm)
    {
        if (acronym < 2 || tokens[acronym - 1].Text != "(")
        {
            return -1;
        }

        for (var first = acronym - 2; first >= 0 && tokens[acronym - 2].End - tokens[first].Start <= longForm.Length; first--)
        {
            if (tokens[acronym - 2].End - tokens[first].Start == longForm.Length)
            {
                return first;
            }
        }

        return -1;
    }

    private static bool IsTrailingJunk(string token) => token is "'s" or "’s" or "'" or "’" or "," or "." or "-" or ":" or ";";

    /// <summary>One sentence of a field, able to turn token ranges into mentions.</summary>
    private sealed class SentenceText(TextField textField, string text, Sentence sentence)
    {
        public TextField Field => textField;

        public IReadOnlyList<Token> Tokens => sentence.Tokens;

        public string Slice(int first, int end) => text[Tokens[first].Start..Tokens[end - 1].End];

        public NameMention Mention(EntityType type, int first, int end) =>
            new(type, textField, Tokens[first].Start, Tokens[end - 1].End, Slice(first, end), text[sentence.Start..sentence.End]);
    }
}
