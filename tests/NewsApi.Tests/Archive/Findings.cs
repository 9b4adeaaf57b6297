namespace NewsApi.Tests.Archive;

/// <summary>
/// The failed expectations of one check, collected rather than thrown, so that one run lists every failure by name.
/// </summary>
public sealed class Findings(string subject)
{
    private readonly List<string> _failures = [];

    public int Checked { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    public void Expect(bool met, Func<string> failure)
    {
        Checked++;
        if (!met)
        {
            _failures.Add(failure());
        }
    }

    /// <summary>Runs a check that reads the API; an unexpected answer (a 4xx or 5xx) is that expectation's failure.</summary>
    public async Task ExpectAsync(string expectation, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (UnexpectedAnswerException answer)
        {
            Checked++;
            _failures.Add($"{expectation}: {answer.Message}");
        }
    }

    /// <summary>
    /// Fails on any failure not listed in known-gaps.txt for this subject, and on any listed one that is now met (so the
    /// list only shrinks: remove the line when a fix lands).
    /// </summary>
    public void AssertNone()
    {
        var known = KnownGaps.For(subject);
        var unexpected = _failures.Where(failure => !known.Contains(failure)).ToList();
        var fixedNow = known.Where(gap => !_failures.Contains(gap)).ToList();
        if (unexpected.Count > 0 || fixedNow.Count > 0)
        {
            Assert.Fail($"{_failures.Count} of {Checked} {subject} failed, {unexpected.Count} of them not in known-gaps.txt:\n- "
                + string.Join("\n- ", unexpected)
                + (fixedNow.Count == 0 ? "" : $"\nmet now, so remove them from known-gaps.txt:\n- {string.Join("\n- ", fixedNow)}"));
        }
    }
}

/// <summary>
/// Archive/known-gaps.txt: expectations today's extraction is known to miss, each line exactly as the test reports it,
/// under a "[subject]" header. A gap is recorded, not hidden: the README gives the count and the test fails if one is met.
/// </summary>
internal static class KnownGaps
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Gaps = new(Read);

    public static HashSet<string> For(string subject) => Gaps.Value.GetValueOrDefault(subject) ?? [];

    private static Dictionary<string, HashSet<string>> Read()
    {
        var gaps = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var subject = "";
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Archive", "known-gaps.txt")))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                subject = line[1..^1];
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                (gaps.TryGetValue(subject, out var set) ? set : gaps[subject] = new HashSet<string>(StringComparer.Ordinal)).Add(line);
            }
        }

        return gaps;
    }
}
