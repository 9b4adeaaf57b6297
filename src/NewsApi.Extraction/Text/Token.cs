namespace NewsApi.Extraction.Text;

/// <summary>A word or punctuation mark: [<see cref="Start"/>, <see cref="End"/>) into the tokenized text.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public int Length => End - Start;
}
