using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tests.Entities;

public sealed class ExtractionContextTests
{
    private const string Defining = "Army statement\n\nRAWALPINDI: The Inter-Services Public Relations (ISPR) said on Monday that the talks had gone well.";
    private const string Using = "Talks end\n\nRAWALPINDI: The ISPR said on Tuesday that the delegation had returned home safely.";

    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    [Fact]
    public void An_acronym_defined_in_one_document_names_its_organisation_in_another()
    {
        var context = new ExtractionContext();
        Pipeline.Process("defining.txt", Defining, context);

        var organisation = Assert.Single(Pipeline.Process("using.txt", Using, context).Entities, entity => entity.Type == EntityType.Organisation);

        Assert.Equal("Inter-Services Public Relations", organisation.Name);
        Assert.Equal(["ISPR"], organisation.Aliases);
        Assert.Equal("Inter-Services Public Relations", context.Acronyms["ISPR"]);
    }

    [Fact]
    public void A_surname_used_alone_names_the_one_person_other_documents_know_by_it()
    {
        var context = new ExtractionContext();
        Pipeline.Process("full.txt", "Talks begin\n\nISLAMABAD: Prime Minister Shehbaz Sharif met the delegation on Monday to discuss trade.", context);

        var people = Pipeline.Process("short.txt", "Talks end\n\nLAHORE: Speaking to reporters on Tuesday, Mr Sharif said that the trade talks had gone well.", context).Entities;

        var sharif = Assert.Single(people, entity => entity.Type == EntityType.Person);
        Assert.Equal("Shehbaz Sharif", sharif.Name);
        Assert.Contains("Sharif", sharif.Aliases);
    }

    [Fact]
    public void Without_a_shared_context_each_document_stands_alone()
    {
        var entities = Pipeline.Process("using.txt", Using).Entities;

        Assert.DoesNotContain(entities, entity => entity.Name == "Inter-Services Public Relations");
    }
}
