using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Judge Yoon Ha-jin said", "Jeon Hye-rin, director general": a Korean or Chinese name written family name first with a
/// hyphenated given name, which the tagger, having seen few of them, often misses whole. A listed family name, then a
/// short capitalised syllable joined by a hyphen to a short lower-case one, where the tagger found nothing, is a person.
/// </summary>
internal static class EastAsianNames
{
    // Common romanised Korean family names, and Chinese ones as Taiwan, Hong Kong and Singapore write them.
    private static readonly FrozenSet<string> FamilyNames = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang",
        "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Jun", "Chun", "Hong",
        "Yoo", "Yu", "Ko", "Moon", "Yang", "Son", "Sohn", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Noh", "Roh", "Kwak",
        "Sung", "Cha", "Joo", "Ju", "Woo", "Min", "Ryu", "Jin", "Ji", "Chae", "Won", "Bang", "Hyun", "Byun", "Yeo", "Seok",
        "Chen", "Lin", "Huang", "Wang", "Liu", "Tsai", "Hsu", "Kuo", "Wu", "Li", "Ma", "Lai", "Su", "Yeh", "Hsieh", "Tseng",
        "Chiang", "Lu", "Hung", "Chou", "Cheng", "Chu", "Ho", "Tang", "Teng", "Kao", "Shih", "Hu", "Hsiao", "Chao", "Tan",
        "Lam", "Wong", "Leung", "Cheung", "Chan", "Ng", "Yip", "Tse", "Lau", "Kwok", "Chow", "Yuen", "Ong", "Goh", "Teo",
        "Liew", "Loh", "Koh", "Toh", "Yeo", "Chia", "Quek", "Heng", "Seah", "Khoo", "Ooi", "Tay", "Chua", "Yap", "Chong",
    ]);

    // Vietnamese family names, without and with their marks: the tagger reads "Pham [Thu Huong]", "Do [Anh Dung]".
    private static readonly FrozenSet<string> VietnameseFamilyNames = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly",
        "Truong", "Dinh", "Trinh", "Luong", "Doan", "Lam", "Mai", "Ha", "Cao", "Ta", "Trieu", "Luu", "Vuong", "Quach", "Tong",
        "To", "Kieu", "Lai", "Diep", "Nghiem", "Phung", "Giang", "Hua", "Dao", "Bach", "Thach", "Nguyễn", "Trần", "Lê", "Phạm",
        "Hoàng", "Huỳnh", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Trịnh", "Lương", "Đoàn",
        "Lâm", "Hà", "Tô", "Đào",
    ]);

    /// <summary>
    /// The tagger's spans of sentence <paramref name="sentence"/>, with such names added where it tagged nothing, and a
    /// Vietnamese family name the tagger left before a given name of one to three syllables put back ("Pham Thu Huong";
    /// at a sentence's start only a family name that is no English word: "Do [Anh Dung]" may be the verb).
    /// </summary>
    public static List<TaggedSpan> WithNames(Token[] tokens, int sentence, List<TaggedSpan> spans)
    {
        List<TaggedSpan>? withNames = null;
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            if (span.Type == EntityType.Person && span.FirstToken > 0 && span.LastToken - span.FirstToken < 3
                && VietnameseFamilyNames.Contains(tokens[span.FirstToken - 1].Text)
                && (span.FirstToken > 1 || !SentenceWords.IsSentenceWord(tokens[0].Text))
                && Enumerable.Range(span.FirstToken, span.LastToken - span.FirstToken + 1).All(token => IsSyllable(tokens[token].Text, capitalised: true))
                && (index == 0 || spans[index - 1].LastToken < span.FirstToken - 1))
            {
                withNames ??= [.. spans];
                withNames[index] = span with { FirstToken = span.FirstToken - 1, Start = tokens[span.FirstToken - 1].Start };
            }
        }

        for (var first = 0; first + 3 < tokens.Length; first++)
        {
            if (!FamilyNames.Contains(tokens[first].Text) || tokens[first + 2].Text != "-" || !IsSyllable(tokens[first + 1].Text, capitalised: true)
                || !IsSyllable(tokens[first + 3].Text, capitalised: false) || tokens[first + 1].End != tokens[first + 2].Start
                || tokens[first + 2].End != tokens[first + 3].Start || (first + 4 < tokens.Length && tokens[first + 4].Text == "-")
                || spans.Any(span => span.FirstToken <= first + 3 && span.LastToken >= first))
            {
                continue;
            }

            (withNames ??= [.. spans]).Add(new TaggedSpan(EntityType.Person, sentence, first, first + 3, tokens[first].Start, tokens[first + 3].End, Confidence: 0.5f));
        }

        return withNames is null ? spans : [.. withNames.OrderBy(span => span.FirstToken)];
    }

    /// <summary>"Chen", "Kim": a listed Chinese or Korean family name.</summary>
    public static bool IsFamilyName(string word) => FamilyNames.Contains(word);

    /// <summary>
    /// "Ong" of "Ong Kai Ming", "Seo" of "Seo Jin-woo": the family name a name written family name first is later called
    /// by; null for other names ("Ong" is no family name of "Nicholas Ong").
    /// </summary>
    public static string? FamilyNameOf(string name)
    {
        var words = name.Split(' ');
        var givenName = words.Skip(1).ToList();
        var isGivenName = (words.Length == 3 && givenName.All(word => IsSyllable(word, capitalised: true)))
            || (words.Length == 2 && givenName[0].Split('-') is [var first, var second] && IsSyllable(first, capitalised: true)
                && IsSyllable(second, capitalised: false));
        return FamilyNames.Contains(words[0]) && isGivenName ? words[0] : null;
    }

    /// <summary>
    /// Whether a name's key ("choi soon-sil", "moon jae-in") is a family name and a hyphenated given name of two syllables,
    /// written family name first.
    /// </summary>
    public static bool IsFamilyNameFirst(string[] keyWords) =>
        keyWords.Length == 2 && FamilyNames.Contains(WordChars.Capitalised(keyWords[0]))
        && keyWords[1].Split('-') is [var first, var second] && IsKeySyllable(first) && IsKeySyllable(second);

    private static bool IsKeySyllable(string word) => word.Length is >= 2 and <= 5 && WordChars.All(word, char.IsLower);

    private static bool IsSyllable(string word, bool capitalised) =>
        word.Length is >= 2 and <= 6 && (char.IsUpper(word[0]) == capitalised) && WordChars.All(word.AsSpan(1), char.IsLower) && char.IsLetter(word[0]);
}
