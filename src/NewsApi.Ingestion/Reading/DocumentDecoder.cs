using System.Text;

namespace NewsApi.Ingestion.Reading;

/// <summary>Text decoded from a file's bytes, with a warning when it had to be guessed; or why the bytes are not text.</summary>
public sealed record DecodedText(string? Text, string? Warning, string? Failure);

/// <summary>
/// Turns a file's bytes into text, or says why they are not text: UTF-8 with or without a byte-order mark, or UTF-16
/// with one. Bytes that are not valid UTF-8 but read as text in Windows-1252 (the Western code page, a superset of
/// Latin-1 that older news archives use) are read that way, with a warning; anything with NUL or other control bytes is
/// binary. This is the only place that decides whether a file is text: the readers get text.
/// </summary>
public static class DocumentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252; its five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, encodingName, bomLength) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, "UTF-8", 3),
            [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, "UTF-16", 2),
            [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, "UTF-16", 2),
            _ => ((Encoding)StrictUtf8, "UTF-8", 0),
        };

        // A NUL byte never occurs in UTF-8 text but in nearly every binary format, so it names the problem better.
        if (encoding is UTF8Encoding && bytes.IndexOf((byte)0) is var nulByte and >= 0)
        {
            return Failed($"binary, not text (NUL byte at byte {nulByte})");
        }

        string text;
        string? warning = null;
        try
        {
            text = encoding.GetString(bytes[bomLength..]);
        }
        catch (DecoderFallbackException exception) when (encoding is UTF8Encoding && bomLength == 0)
        {
            text = Windows1252.GetString(bytes);
            if (FirstControlCharacter(text) is var control and >= 0)
            {
                return Failed($"binary, not text (control byte 0x{(int)text[control]:X2} at byte {control})");
            }

            warning = $"not valid UTF-8 (bad byte sequence at byte {exception.Index}): read as Windows-1252";
        }
        catch (DecoderFallbackException exception)
        {
            return Failed($"not valid {encodingName} text (bad byte sequence at byte {bomLength + exception.Index})");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed("empty: no text in the file");
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        return nul >= 0 ? Failed($"binary, not {encodingName} text (NUL character at character {nul})") : new DecodedText(text, warning, null);
    }

    private static DecodedText Failed(string reason) => new(null, null, reason);

    /// <summary>A C0 control other than tab, line feed, form feed and carriage return: text editors never write them.</summary>
    private static int FirstControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < ' ' && text[i] is not ('\t' or '\n' or '\f' or '\r'))
            {
                return i;
            }
        }

        return -1;
    }
}
