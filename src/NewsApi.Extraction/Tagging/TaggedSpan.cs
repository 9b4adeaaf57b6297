using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// A name the tagger found: tokens <see cref="FirstToken"/>..<see cref="LastToken"/> (inclusive) of sentence number
/// <see cref="Sentence"/> in the list given to <see cref="NerTagger.Tag"/>, which span the text [<see cref="Start"/>, <see cref="End"/>).
/// <see cref="Confidence"/> (0 to 1) is the lowest, over the span's tokens, of the softmax of the tagger's scores: a ranking, not a calibrated probability.
/// </summary>
public sealed record TaggedSpan(EntityType Type, int Sentence, int FirstToken, int LastToken, int Start, int End, float Confidence);
