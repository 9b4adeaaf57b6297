namespace NewsApi.Seeder.Seed;

/// <summary>The seeder's exit codes, shown in --help and the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int DocumentsFailed = 1;
    public const int BadArgumentsOrDatabase = 2;
    public const int Interrupted = 130; // the shell convention for Ctrl+C

    public const string Help = """
        Exit codes: 0 all documents stored or unchanged; 1 some files, folders or JSON records failed (each listed by file, and
        line or item, with its reason; the good ones are still stored); 2 bad arguments or an unusable database;
        130 interrupted (documents stored so far are complete: run again to finish).
        """;
}
