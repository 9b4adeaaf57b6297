using System.Text;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tagging.Training;

/// <summary>
/// Span-level scores of the whole extraction pipeline (tagger, rules, name lists, alias matching) on a CoNLL file: each
/// document's sentences become the paragraphs of one article body, every mention the pipeline finds there is a
/// predicted span, and a mention whose edges fall inside a token counts as a wrong span.
/// </summary>
public static class PipelineSpans
{
    public static SpanScores Evaluate(NewsPipeline pipeline, string conllFile, Action<string>? error = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var scores = new SpanScores();
        using var reader = new StreamReader(conllFile);
        var number = 0;
        foreach (var document in ConllReader.Read(reader, 1f))
        {
            var (body, starts) = Body(document.Sentences);
            var extraction = pipeline.Extract(new NewsDocument { SourceFile = $"document {++number}", Headline = "", HeadlineDerived = true, Body = body });
            var found = extraction.Entities
                .SelectMany(entity => entity.Mentions.Where(mention => mention.Field == TextField.Body).Select(mention => (entity.Type, mention)))
                .ToList();
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                var sentence = document.Sentences[s];
                if (sentence.Words.Length == 0) continue;
                var sentenceStarts = starts[s];
                var sentenceEnd = sentenceStarts[^1] + sentence.Words[^1].Length;
                var spans = new List<TaggedSpan>();
                foreach (var (type, mention) in found.Where(item => item.mention.Start >= sentenceStarts[0] && item.mention.End <= sentenceEnd))
                {
                    var first = Array.IndexOf(sentenceStarts, mention.Start);
                    var last = Enumerable.Range(0, sentence.Words.Length).FirstOrDefault(w => sentenceStarts[w] + sentence.Words[w].Length == mention.End, -1);
                    // A mention cut inside a token can match no gold span: scored as a span no gold has.
                    spans.Add(first >= 0 && last >= first
                        ? new TaggedSpan(type, s, first, last, mention.Start, mention.End, 1)
                        : new TaggedSpan(type, s, -1, -1, mention.Start, mention.End, 1));
                }

                scores.Add(sentence.Tags, spans, sentence.Words, error);
            }
        }

        return scores;
    }

    /// <summary>The sentences' words joined by spaces, a blank line between sentences, and each word's offset.</summary>
    private static (string Body, int[][] Starts) Body(IReadOnlyList<TrainingSentence> sentences)
    {
        var text = new StringBuilder();
        var starts = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s > 0) text.Append("\n\n");
            starts[s] = new int[sentences[s].Words.Length];
            for (var w = 0; w < sentences[s].Words.Length; w++)
            {
                if (w > 0) text.Append(' ');
                starts[s][w] = text.Length;
                text.Append(sentences[s].Words[w]);
            }
        }

        return (text.ToString(), starts);
    }
}
