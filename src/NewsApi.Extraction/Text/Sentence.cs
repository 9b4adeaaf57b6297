namespace NewsApi.Extraction.Text;

/// <summary>A sentence (or headline line): [<see cref="Start"/>, <see cref="End"/>) into the tokenized text.</summary>
public sealed record Sentence(int Start, int End, Token[] Tokens);
