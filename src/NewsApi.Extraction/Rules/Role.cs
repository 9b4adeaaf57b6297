namespace NewsApi.Extraction.Rules;

/// <summary>A title or role found in a sentence: tokens [<see cref="First"/>, <see cref="End"/>).</summary>
/// <param name="Name">The role in title case, without places ("Minister of Defence" for "Minister of Defence of Azerbaijan").</param>
/// <param name="HasComplement">Whether the role goes on after its head ("Minister for Information"), which makes it too
/// long to be written in front of a name as part of an alias.</param>
/// <param name="Acronym">The acronym the text defines for the role: "COAS" for "Chief of Army Staff (COAS)".</param>
/// <param name="IsHonorific">"Mr", "Mrs", "Ms": dropped from names but not kept as roles.</param>
internal sealed record Role(string Name, int First, int End, bool HasComplement, string? Acronym = null, bool IsHonorific = false);

/// <summary>Consecutive roles: "Deputy Prime Minister and Foreign Minister Senator", tokens [First, End).</summary>
internal sealed record RoleChainMatch(IReadOnlyList<Role> Roles, int First, int End);
