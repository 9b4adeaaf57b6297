namespace NewsApi.Extraction.Tagging;

/// <summary>64-bit FNV-1a over a template number and its parts, so a feature costs no allocation.</summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private const char Separator = '\uFFFF';

    public static ulong Of(FeatureTemplate template) => Mix(OffsetBasis, (char)template);

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> part) => Mix(Of(template), part);

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Mix(Mix(Of(template, first), Separator), second);

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third) =>
        Mix(Mix(Of(template, first, second), Separator), third);

    public static ulong Of(FeatureTemplate template, int value) => Mix(Of(template), (char)(value + 1));

    public static ulong Of(FeatureTemplate template, int value, ReadOnlySpan<char> part) => Mix(Of(template, value), part);

    public static ulong Of(FeatureTemplate template, int first, int second) => Mix(Of(template, first), (char)(second + 2));

    private static ulong Mix(ulong hash, char c) => (hash ^ c) * Prime;

    private static ulong Mix(ulong hash, ReadOnlySpan<char> part)
    {
        foreach (var c in part) hash = (hash ^ c) * Prime;
        return hash;
    }
}

/// <summary>The kinds of feature; the numbers are part of the model file, so only append.</summary>
internal enum FeatureTemplate
{
    Bias,
    Word,
    Lower,
    Shape,
    Prefix,
    Suffix,
    PreviousLower,
    NextLower,
    SecondPreviousLower,
    SecondNextLower,
    PreviousShape,
    NextShape,
    PreviousAndCurrentLower,
    CurrentAndNextLower,
    ShapeTrigram,
    PreviousTag,
    SentencePositionAndShape,
    PlaceListPosition,
    PlaceListPositionAndShape,
    FirstName,
    PreviousIsFirstName,
    OrganisationCue,
    OrganisationCueAhead,
    Demonym,
    EarlierInDocument,
    PreviousWord,
    NextWord,
    NextSuffix,
    PreviousSuffix,
    Cluster,
    PreviousCluster,
    NextCluster,
    ListPosition,
}
