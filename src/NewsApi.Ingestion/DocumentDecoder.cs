using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsApi.Ingestion;

/// <summary>
/// Turns a file's bytes into text, or says why they are not text: UTF-8 with or without a byte-order mark, or UTF-16
/// with one. Anything else (invalid UTF-8, NUL bytes, UTF-16 without a mark) is rejected rather than guessed at.
/// </summary>
public static class DocumentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static bool TryDecode(byte[] bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? failure)
    {
        var (encoding, encodingName, bomLength) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, "UTF-8", 3),
            [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, "UTF-16", 2),
            [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, "UTF-16", 2),
            _ => ((Encoding)StrictUtf8, "UTF-8", 0),
        };

        text = null;
        // A NUL byte never occurs in UTF-8 text but in nearly every binary format, so it names the problem better.
        if (encoding is UTF8Encoding && Array.IndexOf(bytes, (byte)0) is var nulByte and >= 0)
        {
            failure = $"binary, not text (NUL byte at byte {nulByte})";
            return false;
        }

        try
        {
            var decoded = encoding.GetString(bytes, bomLength, bytes.Length - bomLength);
            failure = Problem(decoded, encodingName);
            if (failure is null)
            {
                text = decoded;
            }
        }
        catch (DecoderFallbackException exception)
        {
            failure = $"not valid {encodingName} text (bad byte sequence at byte {bomLength + exception.Index})";
        }

        return failure is null;
    }

    private static string? Problem(string text, string encodingName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty: no text in the file";
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        return nul >= 0 ? $"binary, not {encodingName} text (NUL character at character {nul})" : null;
    }
}
