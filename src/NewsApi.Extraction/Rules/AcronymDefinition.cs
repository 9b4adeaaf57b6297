namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Inter-Services Public Relations (ISPR)" or "ISPR (Inter-Services Public Relations)": the long form is at tokens
/// [<see cref="LongFirst"/>, <see cref="LongEnd"/>), the acronym at token <see cref="AcronymIndex"/>.
/// </summary>
/// <param name="IsRole">The long form is a title ("Chief of Army Staff (COAS)"): the acronym names a role, not an organisation.</param>
internal sealed record AcronymDefinition(string Acronym, string LongForm, int LongFirst, int LongEnd, int AcronymIndex, bool IsRole);
