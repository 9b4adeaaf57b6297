using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tagging.Training;

/// <summary>
/// Reads the shared corpora format (TOKEN&lt;TAB&gt;BIO tag, blank line between sentences, -DOCSTART- between documents)
/// into BILOU-tagged sentences, re-tokenized the way <see cref="Tokenizer"/> splits news text.
/// </summary>
internal static class ConllReader
{
    private const string DocumentStart = "-DOCSTART-";

    public static List<TrainingDocument> Read(TextReader reader, float weight)
    {
        var documents = new List<TrainingDocument>();
        var sentences = new List<TrainingSentence>();
        var sentence = new List<RawToken>();
        var hasDocuments = false;

        void EndSentence()
        {
            if (sentence.Count == 0) return;
            var words = Retokenize(sentence);
            TrimPunctuationEdges(words);
            if (words.Count > 0) sentences.Add(new TrainingSentence(
                [.. words.Select(w => w.Word)], BilouTags.FromTypes([.. words.Select(w => w.Type)], [.. words.Select(w => w.Begins)])));
            sentence.Clear();
            if (!hasDocuments) EndDocument(); // tweets: each is its own document
        }

        void EndDocument()
        {
            if (sentences.Count > 0) documents.Add(new TrainingDocument([.. sentences], weight));
            sentences.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            if (line == DocumentStart)
            {
                hasDocuments = true;
                EndSentence();
                EndDocument();
            }
            else if (line.Length == 0) EndSentence();
            else sentence.Add(Parse(line));
        }

        EndSentence();
        EndDocument();
        return documents;
    }

    private static RawToken Parse(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var tag = line.AsSpan(tab + 1);
        if (tag is "O") return new RawToken(line[..tab], -1, Begins: false);
        if (tag.Length < 3 || tag[1] != '-' || !BilouTags.TryParseType(tag[2..], out var type))
        {
            throw new InvalidDataException($"Unknown tag in line '{line}'.");
        }

        return new RawToken(line[..tab], (int)type, Begins: tag[0] == 'B');
    }

    /// <summary>
    /// Splits corpus tokens as the tokenizer would ("Inter-Services" -> "Inter" "-" "Services", "Obama's" -> "Obama" "'s").
    /// Punctuation split off the edge of a name is left out of it.
    /// </summary>
    private static List<RawToken> Retokenize(List<RawToken> tokens)
    {
        var result = new List<RawToken>(tokens.Count);
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            var pieces = Tokenizer.Tokenize(token.Word).SelectMany(s => s.Tokens).Select(t => t.Text).ToList();
            if (pieces.Count <= 1 || token.Type < 0)
            {
                result.AddRange(pieces.Count <= 1 ? [token] : pieces.Select(p => token with { Word = p }));
                continue;
            }

            var core = pieces.Select((piece, index) => (piece, index)).Where(p => p.piece.Any(char.IsLetterOrDigit) && p.piece is not ("'s" or "’s")).ToList();
            var (coreFirst, coreLast) = core.Count > 0 ? (core[0].index, core[^1].index) : (0, pieces.Count - 1);
            var nameContinues = k + 1 < tokens.Count && tokens[k + 1].Type == token.Type && !tokens[k + 1].Begins;
            for (var p = 0; p < pieces.Count; p++)
            {
                var outside = (p < coreFirst && token.Begins) || (p > coreLast && !nameContinues);
                result.Add(new RawToken(pieces[p], outside ? -1 : token.Type, Begins: p == coreFirst && token.Begins));
            }
        }

        return result;
    }

    /// <summary>BTC has stops inside names ("Louis ." as I-LOC): punctuation at either edge of a name is left out.</summary>
    private static void TrimPunctuationEdges(List<RawToken> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Type < 0 || !words[i].Begins) continue;
            var end = i + 1;
            while (end < words.Count && words[end].Type == words[i].Type && !words[end].Begins) end++;
            var (first, last) = (i, end - 1);
            while (first <= last && !words[first].Word.Any(char.IsLetterOrDigit)) first++;
            while (last >= first && !words[last].Word.Any(char.IsLetterOrDigit)) last--;

            for (var k = i; k < end; k++)
            {
                if (k < first || k > last) words[k] = words[k] with { Type = -1, Begins = false };
            }

            if (first <= last) words[first] = words[first] with { Begins = true };
            i = end - 1;
        }
    }

    private readonly record struct RawToken(string Word, int Type, bool Begins);
}
