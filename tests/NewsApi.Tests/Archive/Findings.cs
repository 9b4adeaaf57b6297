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

    public void AssertNone()
    {
        if (_failures.Count > 0)
        {
            Assert.Fail($"{_failures.Count} of {Checked} {subject} failed:\n- {string.Join("\n- ", _failures)}");
        }
    }
}
