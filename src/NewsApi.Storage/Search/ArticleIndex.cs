using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsApi.Storage.Search;

/// <summary>
/// The article search index: a Lucene index derived from the database, in a folder beside the database file (the seeder
/// builds it, the API reads it). The database stays the source of truth: the index records the data version it was built
/// from, and whoever finds another version there (or no index) must not use it.
/// </summary>
public static class ArticleIndex
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Field names. Text is searched: the headline four times, then the body, as separate values (a phrase never spans
    /// two), so one term query weighs a headline match as four body matches, as the FTS5 plans' bm25 weights do, at the
    /// cost of one posting list per word instead of one per word and field. The others filter, sort or lead back to the database.
    /// </summary>
    public const string Id = "id", Text = "text", Entity = "entity", Published = "published", Section = "section", FtsRowId = "fts_rowid";

    /// <summary>How many times the headline is indexed: its weight against the body.</summary>
    public const int HeadlineWeight = 4;

    private const string DataVersionKey = "data_version", FormatKey = "format";

    // Bumped when the fields or their analysis change: an index of another format is stale whatever its data version.
    private const string Format = "1";

    /// <summary>Where the index of the database at <paramref name="databasePath"/> lives: beside the file, links followed.</summary>
    public static string PathFor(string databasePath) => NewsDatabaseFile.FollowLinks(databasePath) + ".search";

    /// <summary>The words of a text as the index holds them: split as SQLite's unicode61 does, case and accents folded, Porter-stemmed.</summary>
    public static Analyzer CreateAnalyzer() => new NewsAnalyzer();

    /// <summary>Sections match without regard to ASCII case, as SQLite's NOCASE does.</summary>
    public static string SectionKey(string section) => string.Create(section.Length, section, (chars, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] + ('a' - 'A')) : text[i];
        }
    });

    /// <summary>The database's data version the index at that commit was built from; null when it says none.</summary>
    public static long? DataVersionOf(IndexCommit commit) =>
        commit.UserData.TryGetValue(FormatKey, out var format) && format == Format
        && commit.UserData.TryGetValue(DataVersionKey, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var version) ? version : null;

    internal static IDictionary<string, string> CommitData(long dataVersion) =>
        new Dictionary<string, string> { [FormatKey] = Format, [DataVersionKey] = dataVersion.ToString(CultureInfo.InvariantCulture) };

    private sealed class NewsAnalyzer : Analyzer
    {
        // Between two values of a field (the headline copies, the body): far enough apart that no phrase matches across.
        public override int GetPositionIncrementGap(string fieldName) => 100;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var words = new WordTokenizer(reader);
            TokenStream stream = new LowerCaseFilter(Version, words);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(words, new PorterStemFilter(stream));
        }
    }

    /// <summary>Letters, digits and other numbers make words; everything else separates them (like unicode61).</summary>
    private sealed class WordTokenizer(TextReader reader) : CharTokenizer(Version, reader)
    {
        protected override bool IsTokenChar(int c) =>
            Rune.IsValid(c) && (Rune.IsLetterOrDigit(new Rune(c)) || Rune.IsNumber(new Rune(c)) || Rune.GetUnicodeCategory(new Rune(c)) == UnicodeCategory.NonSpacingMark);
    }
}
