using System.Text.RegularExpressions;

namespace NewsApi.Extraction.Documents;

/// <summary>The website furniture a copied page drags along: comment forms, related links, share buttons.</summary>
internal static partial class PageChrome
{
    // Everything from one of these lines on belongs to the page, not to the article.
    private static readonly FrozenSet<string> EndMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "Related Articles", "Related Posts", "Related News", "Related Stories", "Related", "Read More", "Read Also",
        "Also Read", "You May Also Like", "More Stories", "More From This Section", "Recommended", "Most Popular",
        "Leave a Reply", "Leave a Comment", "Post a Comment", "Back to top button", "Back to top",
    ]);

    public static bool IsEndMarker(string line) => EndMarkers.Contains(line.TrimEnd(':', ' '));

    /// <summary>Share and subscribe lines, wherever they appear.</summary>
    public static bool IsChromeLine(string line) => ChromeLine().IsMatch(line.TrimEnd(':', ' '));

    [GeneratedRegex(
        @"^(?:share(?: this(?: article| story)?| on \w+)?|tweet|print|email|whatsapp|facebook|twitter|x|linkedin|pinterest|telegram|reddit|copy link" +
        @"|(?:click|tap) (?:here )?to \w+.*|subscribe\b.*|sign up\b.*|follow us\b.*|join our\b.*" +
        // "Follow BBC Yorkshire on Facebook, X (formerly Twitter) and Instagram. Send your story ideas to ...".
        @"|follow [^.!?]{1,60} on (?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky)\b.*" +
        @"|your email address will not be published.*|required fields are marked.*" +
        // A label and a link to another story; an advert's label; an affiliate disclosure.
        @"|(?:read more|read also|also read|see also|related(?: coverage| stories| links| content| topics| internet links)?|recommended|more|watch|listen)\s?:.{0,160}" +
        @"|advertisement|advert|sponsored(?: content)?" +
        @"|.*\b(?:affiliate (?:partner|links?|commission)|earn (?:a|an affiliate) commission)\b.*" +
        // A label and a bare link: "Read or Share this story: http://usat.ly/1x3DFko".
        @"|[^.!?:]{1,40}:\s*https?://\S+" +
        @"|(?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|telegram|reddit|email|print)[\s|•·,]*){2,})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();
}
