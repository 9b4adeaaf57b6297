using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsApi.Tests.Hardening.Fuzzing;

/// <summary>
/// The values a careless or hostile caller sends: malformed and extreme numbers and dates, empty and huge strings,
/// Unicode and control characters, full-text operators and unbalanced quotes, SQL injection, forged cursors. Each is
/// returned already percent-encoded for a URL, because some (invalid UTF-8, a lone %) cannot be written as a string.
/// </summary>
public sealed class HostileValues(Random random, IReadOnlyList<string> knownIds, IReadOnlyList<string> realCursors)
{
    private static readonly string[] Texts =
    [
        "", " ", "\"", "\"\"\"", "\"Lachin", "'", "' OR 1=1 --", "'; DROP TABLE articles; --", "\" OR \"\"=\"", "1; SELECT * FROM entities",
        "NEAR(", "NEAR(a b", "NEAR(Lachin Munir, -1)", "a NEAR/3 b", "*", "a*", "*a", "**", "(", ")", "((Lachin)", "Lachin)", "()",
        "a OR", "OR", "AND", "NOT", "OR OR OR", "-", "--", "- -a", "-Lachin", "a AND NOT", "NOT NOT a", "^a", "headline:Lachin",
        "body:Munir", "{headline body}:a", "article_id:x", "col:", ":", "+", "a+b", "\u0000", "a\u0000b", "\u0001\u001f\u007f",
        "\t\n\r", "\u202e", "\ufeff", "\u200b", "\u00a0", "Ł", "😀", "👨‍👩‍👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ｆｕｌｌｗｉｄｔｈ", "İstanbul", "straße", "ǅ",
        "לכין", "لاچین", "ラチン", "%", "%25", "_", "\\", "/", "../../etc/passwd", "..", ".", "<script>alert(1)</script>", "${jndi:ldap://x}",
        "{{7*7}}", "null", "undefined", "true", "[]", "{}", "Munir", "Syed Asim Munir", "syed-asim-munir", "lachin", "ISPR", "Inter-Services",
        "Pakistan Azerbaijan", "\"defence cooperation\"", "Lachin OR \"defence cooperation\"", "defen*", "(Lachin OR Baku) NOT India",
    ];

    private static readonly string[] Numbers =
    [
        "", "-1", "0", "1", "20", "100", "101", "1000", "-2147483648", "2147483647", "2147483648", "9223372036854775808",
        "99999999999999999999999999", "1.0", "1e2", "1e308", "NaN", "Infinity", " 1", "1 ", "+1", "01", "0x10", "١٢", "½", "1,000",
    ];

    private static readonly string[] Dates =
    [
        "", "2025-05-28", "2025-02-30", "2025-13-01", "2025-00-10", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01",
        "2025-5-28", "28/05/2025", "2025-05-28T00:00:00Z", "2025-05-28 ", "yesterday", "-2025-01-01", "２０２５-０５-２８",
    ];

    // Percent-encodings no string can produce: invalid UTF-8, overlong forms, surrogates, broken escapes.
    private static readonly string[] RawEncodings = ["%00", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%", "%G1", "%%", "a%2", "%2", "+", "%2B%2B"];

    private static readonly string[] UnknownNames = ["utm_source", "q[]", "limit[0]", "__proto__", "page", "offset", "Q", "LIMIT", "q.x", "%00", ""];

    public string For(RouteParameter parameter) => random.Next(10) switch
    {
        0 => Pick(RawEncodings),
        1 => Encode(LongText()),
        _ => Encode(ByKind(parameter)),
    };

    public string PathSegment()
    {
        // A NUL in the path never reaches the app (Kestrel refuses it with a 400, the test host refuses to send it).
        string segment;
        do
        {
            segment = random.Next(3) == 0 ? Pick(knownIds) : For(new RouteParameter("id", true, "string", null, []));
        }
        while (segment.Contains("%00", StringComparison.Ordinal));

        return segment;
    }

    public string UnknownName() => Encode(Pick(UnknownNames));

    private string ByKind(RouteParameter parameter) => parameter switch
    {
        { Name: "cursor" } => Cursor(),
        { Enum.Count: > 0 } => random.Next(2) == 0 ? Recase(Pick(parameter.Enum)) : Pick(Texts),
        { Type: "integer" } => random.Next(4) == 0 ? random.NextInt64(long.MinValue, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture) : Pick(Numbers),
        { Format: "date" } => Pick(Dates),
        { Name: "person" or "organisation" or "place" } when random.Next(3) == 0 => Pick(knownIds),
        _ => random.Next(4) == 0 ? Combined() : Pick(Texts),
    };

    /// <summary>Forged cursors: random bytes, JSON of the wrong shape, and real cursors edited or used on the wrong list.</summary>
    private string Cursor()
    {
        var real = realCursors.Count > 0 ? Pick(realCursors) : "e30";
        return random.Next(7) switch
        {
            0 => Base64Url.EncodeToString(RandomBytes(random.Next(1, 200))),
            1 => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Pick(["{}", "[]", "null", "1", "\"x\"", "{\"a\":1}", "{\"after\":{}}", "{"]))),
            2 => Flip(real),
            3 => real[..random.Next(real.Length)],
            4 => real + Pick(["=", "==", "A", "%", "!"]),
            5 => Rewritten(real),
            _ => real, // valid, but maybe for another list or query
        };
    }

    // Decodes a real cursor and replaces its values with hostile ones of another type or size.
    private string Rewritten(string cursor)
    {
        if (JsonNode.Parse(Base64Url.DecodeFromChars(cursor)) is not JsonObject json)
        {
            return cursor;
        }

        foreach (var name in json.Select(property => property.Key).ToList())
        {
            json[name] = random.Next(4) switch
            {
                0 => JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue)),
                1 => JsonValue.Create(Pick(Texts)),
                2 => JsonValue.Create(double.MaxValue),
                _ => null,
            };
        }

        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    private string Flip(string text)
    {
        var chars = text.ToCharArray();
        var i = random.Next(chars.Length);
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private string Combined() => string.Join(Pick([" ", "", " OR ", " AND ", " NOT ", "*", "\"", "("]), Pick(Texts), Pick(Texts), Pick(Texts));

    // Up to twice the query-string limit, so both sides of it are covered.
    private string LongText() => random.Next(3) switch
    {
        0 => new string(Pick(["a", "\"", "(", "*", "é", "-"])[0], random.Next(100, 4100)),
        1 => string.Concat(Enumerable.Range(0, random.Next(10, 300)).Select(_ => Pick(Texts) + " ")),
        _ => new string(Enumerable.Range(0, random.Next(1, 600)).Select(_ => (char)random.Next(1, 0xD7FF)).ToArray()),
    };

    private string Recase(string value) => random.Next(3) switch
    {
        0 => value.ToUpperInvariant(),
        1 => " " + value,
        _ => value,
    };

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Encode(string value) => Uri.EscapeDataString(value);
}
