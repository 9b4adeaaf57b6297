namespace NewsApi.Extraction.Tests.Unseen;

/// <summary>
/// Short news-like articles written for these tests (not taken from the web or the dev set), on regions and topics the
/// extractor was not tuned on: a small guard against fitting it to the dev articles. Title, blank line, body.
/// </summary>
internal static class UnseenArticles
{
    public const string UsPolitics = """
        Senate panel delays vote on farm bill

        WASHINGTON: The Senate Agriculture Committee postponed a vote on the farm bill on Thursday after Senator Margaret Holloway of Iowa asked for more time to study the cuts to crop insurance.

        Holloway, a Republican, said farmers in her state could not absorb another bad harvest. "We owe them a straight answer," she told reporters outside the Capitol.

        The White House said President Daniel Whitaker still supported the bill. Agriculture Secretary Luis Ortega will meet committee members in Des Moines next week, according to the Department of Agriculture.

        Democrats, led by Senator Ruth Abernathy of Vermont, want the money moved to nutrition programmes. Abernathy said the delay was "a chance to get this right".
        """;

    public const string EuropeanFootball = """
        Late goal sends Porto through to quarter-finals

        Porto reached the quarter-finals of the Champions League on Wednesday after a stoppage-time header from defender Tomas Kovac sank Borussia Dortmund 2-1 at the Estadio do Dragao.

        Dortmund had led through a first-half strike by Jonas Weidmann, but Porto coach Rui Falcao sent on two forwards at the break and his side pressed until the end.

        "We never stopped believing," Kovac said. The Slovak defender joined Porto from Sparta Prague last summer.

        UEFA said it would review crowd trouble outside the stadium. Porto will learn their next opponents in the draw in Nyon on Friday.
        """;

    public const string AfricanBusiness = """
        Kenyan mobile lender raises $40 million

        NAIROBI: Kenyan fintech company Mkopo Capital has raised $40 million from investors led by the International Finance Corporation (IFC), its chief executive Grace Wanjiru said on Tuesday.

        The Nairobi-based firm lends small sums to traders through their phones and plans to expand into Uganda and Tanzania next year. Wanjiru said the money would also fund a new office in Kampala.

        The IFC, the private-sector arm of the World Bank, said the deal was its largest investment in African digital lending this year. The Central Bank of Kenya licensed Mkopo Capital in 2023.

        Analysts at Standard Bank said competition from Safaricom would remain strong.
        """;

    public const string AsianDisaster = """
        Floods kill dozens in northern Bangladesh

        DHAKA: At least 37 people have died after flash floods swept through villages in the Sylhet region of Bangladesh, officials said on Sunday.

        The Bangladesh Army sent boats and helicopters to Sunamganj, where thousands of families were stranded on rooftops. Disaster Management Minister Farida Rahman said relief camps had been opened in 40 schools.

        The Red Cross warned that clean water was running short. Neighbouring India said rivers in Assam and Meghalaya were also rising, and the UN children's agency UNICEF appealed for $5 million.

        Rahman visited Sylhet on Sunday and promised compensation to farmers who lost their crops.
        """;
}
