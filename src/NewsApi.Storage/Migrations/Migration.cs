namespace NewsApi.Storage.Migrations;

/// <summary>One versioned schema change: a SQL script applied once, in version order.</summary>
public sealed record Migration(int Version, string Name, string Script);
