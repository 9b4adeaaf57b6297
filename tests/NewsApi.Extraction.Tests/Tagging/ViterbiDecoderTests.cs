using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class ViterbiDecoderTests
{
    private static readonly int BeginPerson = BilouTags.Tag(EntityType.Person, TagPosition.Begin);
    private static readonly int LastPerson = BilouTags.Tag(EntityType.Person, TagPosition.Last);
    private static readonly int UnitPlace = BilouTags.Tag(EntityType.Place, TagPosition.Unit);
    private static readonly int LastPlace = BilouTags.Tag(EntityType.Place, TagPosition.Last);

    [Fact]
    public void Chooses_the_best_legal_sequence_even_where_a_token_alone_prefers_an_illegal_tag()
    {
        // Token 2 alone would be L-LOC, which cannot follow B-PER; the best legal path makes it L-PER.
        var scores = Scores(3, (0, BeginPerson, 5f), (1, LastPlace, 3f), (1, LastPerson, 2f), (2, BilouTags.Outside, 1f));

        var tags = new int[3];
        ViterbiDecoder.Best(scores, new float[BilouTags.Count * BilouTags.Count], tags);

        Assert.Equal([BeginPerson, LastPerson, BilouTags.Outside], tags);
    }

    [Fact]
    public void Transition_scores_can_outweigh_a_tokens_own_preference()
    {
        var scores = Scores(2, (0, UnitPlace, 1f), (1, UnitPlace, 1f), (1, BilouTags.Outside, 0.5f));
        var transitions = new float[BilouTags.Count * BilouTags.Count];
        transitions[(UnitPlace * BilouTags.Count) + UnitPlace] = -2f; // two one-word places in a row are rare

        var tags = new int[2];
        ViterbiDecoder.Best(scores, transitions, tags);

        Assert.Equal([UnitPlace, BilouTags.Outside], tags);
    }

    [Fact]
    public void A_sentence_never_ends_inside_a_name()
    {
        var tags = new int[1];
        ViterbiDecoder.Best(Scores(1, (0, BeginPerson, 9f)), new float[BilouTags.Count * BilouTags.Count], tags);

        Assert.Equal(BilouTags.Outside, tags[0]);
    }

    private static float[] Scores(int tokens, params (int Token, int Tag, float Score)[] set)
    {
        var scores = new float[tokens * BilouTags.Count];
        foreach (var (token, tag, score) in set) scores[(token * BilouTags.Count) + tag] = score;
        return scores;
    }
}
