using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>One sentence of a field, able to turn token ranges into mentions.</summary>
internal sealed class SentenceText(TextField textField, string text, Sentence sentence)
{
    public TextField Field => textField;

    public Token[] Tokens => sentence.Tokens;

    public string Slice(int first, int end) => text[Tokens[first].Start..Tokens[end - 1].End];

    public NameMention Mention(EntityType type, int first, int end) =>
        new(type, textField, Tokens[first].Start, Tokens[end - 1].End, Slice(first, end), text[sentence.Start..sentence.End]);

    /// <summary>A mention of the characters [<paramref name="start"/>, <paramref name="end"/>) of the text, for a name that begins inside a token.</summary>
    public NameMention MentionOfCharacters(EntityType type, int start, int end) =>
        new(type, textField, start, end, text[start..end], text[sentence.Start..sentence.End]);
}
