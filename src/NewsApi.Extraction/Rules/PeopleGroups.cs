using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Gazetteers;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Israelis", "Palestinians", "Muslims", "Kurds": a capitalised plural that names a people by nationality, ethnicity or
/// religion is a person entity, as the annotation conventions have it (gum-dev's Muslims, Afghans, Greeks and
/// Bangladeshis; tests/eval/wikinews/CONVENTIONS.md). The tagger, trained on corpora that leave such words out, rarely
/// marks them. The singular ("an Israeli soldier") is an adjective and no entity.
/// </summary>
internal sealed class PeopleGroups(Gazetteer gazetteer)
{
    /// <summary>Adds a person mention for each group plural of the sentence that no other mention covers.</summary>
    public void Add(SentenceText sentence, List<NameMention> found) =>
        MentionSpans.AddTokens(sentence, found, EntityType.Person, (tokens, i) => gazetteer.IsPeopleGroup(tokens[i].Text));
}
