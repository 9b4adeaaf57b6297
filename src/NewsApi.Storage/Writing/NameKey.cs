using System.Text;

namespace NewsApi.Storage.Writing;

/// <summary>
/// The form names are compared in: Unicode-normalised, case-folded, whitespace collapsed and curly apostrophes
/// straightened, so "ISPR", "Ispr" and " ispr " are one alias.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var character in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character == '\u2019' ? '\'' : char.ToLowerInvariant(character));
        }

        return builder.ToString();
    }
}
