using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>A photo credit at the end of a caption: "... 2025. —ISPR", "(Photo: Reuters)".</summary>
/// <param name="Name">Who the photo is credited to.</param>
/// <param name="Start">Where the credit (its dash or "Photo:") starts in the caption.</param>
/// <param name="NameStart">Where <paramref name="Name"/> starts in the caption.</param>
public sealed partial record Credit(string Name, int Start, int NameStart)
{
    public static Credit? Find(string caption)
    {
        var match = Pattern().Match(caption);
        return match.Success
            ? new Credit(match.Groups["name"].Value, match.Index + (caption[match.Index] == ' ' ? 1 : 0), match.Groups["name"].Index)
            : null;
    }

    [GeneratedRegex(
        @"(?:(?:^|\s)[—–]\s?|\s-\s?|\s\(?(?:Photo|Image|Picture|Credit)s?(?: by)?:?\s)(?<name>\p{Lu}[\p{L}\p{N}.&'’/ -]{0,40}?)\)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
