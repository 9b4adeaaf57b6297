using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsApi.Ingestion.Reading;

/// <summary>
/// One record of an export as its own JSON text, or why it could not be cut out of the file; <paramref name="Position"/>
/// says where it is ("line 7", "item 3").
/// </summary>
public sealed record RawRecord(string Position, string? Json, string? Failure = null, string? Warning = null);

/// <summary>
/// Cuts JSON Lines and JSON array exports into records while reading the file, so memory holds one record at a time
/// (at most <c>maxRecordBytes</c> of it), whatever the file's size. Records are parsed later, each on its own.
/// </summary>
public static class ExportRecords
{
    private const int ReadSize = 64 * 1024;

    /// <summary>One record per line; blank lines are skipped but counted, so positions are the lines an editor shows.</summary>
    public static IEnumerable<RawRecord> JsonLines(Stream stream, int maxRecordBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var splitter = new LineSplitter(maxRecordBytes);
        var buffer = new byte[ReadSize];
        var records = new List<RawRecord>();
        for (var read = stream.Read(buffer); ; read = stream.Read(buffer))
        {
            if (read == 0)
            {
                splitter.Finish(records);
            }
            else
            {
                splitter.Feed(buffer.AsSpan(0, read), records);
            }

            foreach (var record in records)
            {
                yield return record;
            }

            records.Clear();
            if (read == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The items of a JSON array (<c>[{...}, {...}]</c>), or of the array an object wraps (<c>{"articles": [...]}</c>).
    /// Read <see cref="ArraySplitter.Problem"/> afterwards to learn whether the file held such an array at all.
    /// </summary>
    public static IEnumerable<RawRecord> JsonArray(Stream stream, ArraySplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(splitter);
        var buffer = new byte[ReadSize];
        var records = new List<RawRecord>();
        for (var read = stream.Read(buffer); ; read = stream.Read(buffer))
        {
            if (read > 0)
            {
                splitter.Feed(buffer.AsSpan(0, read), records);
            }

            var done = read == 0 || splitter.IsDone;
            if (done)
            {
                splitter.Finish(records);
            }

            foreach (var record in records)
            {
                yield return record;
            }

            records.Clear();
            if (done)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Opens a file's bytes as UTF-8: a UTF-8 byte-order mark is skipped and UTF-16 (with its mark) is converted as it
    /// is read. The stream must be seekable.
    /// </summary>
    public static Stream AsUtf8(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> start = stackalloc byte[3];
        var read = stream.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        var (skip, encoding) = start[..read] switch
        {
            [0xEF, 0xBB, 0xBF] => (3, null),
            [0xFF, 0xFE, ..] => (2, Encoding.Unicode),
            [0xFE, 0xFF, ..] => (2, Encoding.BigEndianUnicode),
            _ => (0, (Encoding?)null),
        };
        stream.Position = skip;
        return encoding is null ? stream : Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8);
    }

    /// <summary>A record's bytes as text: UTF-8, or Windows-1252 with a warning when they are not valid UTF-8.</summary>
    private static RawRecord Decode(string position, ReadOnlySpan<byte> bytes)
    {
        var decoded = DocumentDecoder.Decode(bytes);
        return decoded.Text is not null
            ? new RawRecord(position, decoded.Text, Warning: decoded.Warning)
            : new RawRecord(position, null, $"not valid JSON: {decoded.Failure}");
    }

    private static RawRecord TooLarge(string position, long length, int maxRecordBytes) =>
        new(position, null, string.Create(
            CultureInfo.InvariantCulture, $"too large: {length:N0} bytes, over the {maxRecordBytes / (1024 * 1024)} MiB limit for one article"));

    private sealed class LineSplitter(int maxRecordBytes)
    {
        private readonly ArrayBufferWriter<byte> _line = new();
        private long _length;
        private int _number = 1;

        public void Feed(ReadOnlySpan<byte> data, List<RawRecord> records)
        {
            while (data.Length > 0)
            {
                var end = data.IndexOf((byte)'\n');
                var piece = end < 0 ? data : data[..end];
                _length += piece.Length;
                if (_length <= maxRecordBytes)
                {
                    _line.Write(piece);
                }

                if (end < 0)
                {
                    return;
                }

                EndLine(records);
                data = data[(end + 1)..];
            }
        }

        public void Finish(List<RawRecord> records)
        {
            if (_length > 0)
            {
                EndLine(records);
            }
        }

        private void EndLine(List<RawRecord> records)
        {
            var position = string.Create(CultureInfo.InvariantCulture, $"line {_number++}");
            var line = _line.WrittenSpan.Trim(" \t\r\f"u8);
            if (_length > maxRecordBytes)
            {
                records.Add(TooLarge(position, _length, maxRecordBytes));
            }
            else if (line.Length > 0)
            {
                records.Add(Decode(position, line));
            }

            _line.ResetWrittenCount();
            _length = 0;
        }
    }

    /// <summary>
    /// Finds the items of the records array by counting brackets outside strings, byte by byte: no token has to fit in
    /// memory, so an oversized item is skipped while it is read. Whether each item is valid JSON is left to its parser.
    /// An object is searched for an array under one of <paramref name="wrapperNames"/>.
    /// </summary>
    public sealed class ArraySplitter(int maxRecordBytes, IReadOnlyCollection<string> wrapperNames)
    {
        private const int MaxKeyBytes = 64;

        private readonly ArrayBufferWriter<byte> _item = new();
        private readonly ArrayBufferWriter<byte> _key = new();
        private int _depth;
        private int _itemDepth = -1;
        private bool _rootIsObject;
        private bool _inString;
        private bool _escaped;
        private bool _inItem;
        private bool _capturingKey;
        private string? _lastKey;
        private long _itemLength;
        private int _items;

        public bool IsDone { get; private set; }

        /// <summary>After reading: why the file held no records array, or null when it did.</summary>
        public string? Problem { get; private set; }

        public void Feed(ReadOnlySpan<byte> data, List<RawRecord> records)
        {
            foreach (var next in data)
            {
                if (IsDone)
                {
                    return;
                }

                Step(next, records);
            }
        }

        public void Finish(List<RawRecord> records)
        {
            if (_inItem)
            {
                records.Add(new RawRecord(Position(), null, "not valid JSON: the file ends inside this item"));
            }

            Problem = _itemDepth < 0 || _items == 0
                ? "no articles: the JSON is neither an article object nor a non-empty array of them"
                : null;
        }

        private void Step(byte next, List<RawRecord> records)
        {
            if (_inString)
            {
                Append(next);
                if (_escaped)
                {
                    _escaped = false;
                }
                else if (next == '\\')
                {
                    _escaped = true;
                }
                else if (next == '"')
                {
                    _inString = false;
                    EndKey();
                }
                else if (_capturingKey && _key.WrittenCount < MaxKeyBytes)
                {
                    Write(_key, next);
                }

                return;
            }

            var isSpace = next is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
            if (_depth == _itemDepth && next is (byte)',' or (byte)']')
            {
                // A primitive item ends here (objects and arrays end at their closing bracket).
                if (_inItem)
                {
                    EndItem(records);
                }

                IsDone = next == ']';
                return;
            }

            if (!_inItem && _depth == _itemDepth && !isSpace)
            {
                (_inItem, _itemLength) = (true, 0);
                _item.ResetWrittenCount();
                _items++;
            }

            Append(next);
            switch (next)
            {
                case (byte)'"':
                    _inString = true;
                    _capturingKey = !_inItem && _rootIsObject && _depth == 1 && _itemDepth < 0;
                    _key.ResetWrittenCount();
                    break;
                case (byte)'{' or (byte)'[':
                    if (_depth == 0)
                    {
                        _rootIsObject = next == '{';
                        _itemDepth = _rootIsObject ? -1 : 1;
                    }
                    else if (_rootIsObject && _itemDepth < 0 && _depth == 1 && next == '['
                        && wrapperNames.Contains(_lastKey ?? "", StringComparer.OrdinalIgnoreCase))
                    {
                        _itemDepth = 2;
                    }

                    _depth++;
                    break;
                case (byte)'}' or (byte)']':
                    _depth--;
                    if (_inItem && _depth == _itemDepth)
                    {
                        EndItem(records);
                    }

                    IsDone = _depth <= 0;
                    break;
            }
        }

        private void Append(byte next)
        {
            if (_inItem && ++_itemLength <= maxRecordBytes)
            {
                Write(_item, next);
            }
        }

        private static void Write(ArrayBufferWriter<byte> buffer, byte next)
        {
            buffer.GetSpan(1)[0] = next;
            buffer.Advance(1);
        }

        private void EndKey()
        {
            if (_capturingKey)
            {
                _lastKey = Encoding.UTF8.GetString(_key.WrittenSpan);
                _capturingKey = false;
            }
        }

        private void EndItem(List<RawRecord> records)
        {
            _inItem = false;
            records.Add(_itemLength > maxRecordBytes
                ? TooLarge(Position(), _itemLength, maxRecordBytes)
                : Decode(Position(), _item.WrittenSpan));
        }

        private string Position() => string.Create(CultureInfo.InvariantCulture, $"item {_items}");
    }
}
