using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging;
using NewsApi.Extraction.Tagging.Training;

namespace NewsApi.Extraction.Tests.Tagging;

public sealed class AnnotatedTextTests
{
    [Fact]
    public void Names_marked_by_offset_become_bilou_tags_on_the_tokens_the_pipeline_makes()
    {
        const string text = "Ceasefire holds\n2025-05-28\n\nField Marshal Syed Asim Munir met Ilham Aliyev in Baku. Inter-Services Public Relations said so.";
        var names = new[] { Name(text, "Syed Asim Munir", EntityType.Person), Name(text, "Ilham Aliyev", EntityType.Person),
            Name(text, "Baku", EntityType.Place), Name(text, "Inter-Services Public Relations", EntityType.Organisation) };

        var document = new AnnotatedText(text, names, From: text.IndexOf("\n\n", StringComparison.Ordinal) + 2).ToDocument();

        Assert.Equal(2, document.Sentences.Count); // the headline and date above the body are left out
        Assert.Equal(
            "O O B-PER I-PER L-PER O B-PER L-PER O U-LOC O",
            string.Join(' ', document.Sentences[0].Tags.Select(BilouTags.Name)));
        Assert.Equal(["Inter", "-", "Services", "Public", "Relations", "said", "so", "."], document.Sentences[1].Words);
        Assert.Equal("B-ORG I-ORG I-ORG I-ORG L-ORG O O O", string.Join(' ', document.Sentences[1].Tags.Select(BilouTags.Name)));
    }

    [Fact]
    public void Two_names_side_by_side_stay_two_names()
    {
        const string text = "He thanked Pakistan Turkiye and others.";
        var names = new[] { Name(text, "Pakistan", EntityType.Place), Name(text, "Turkiye", EntityType.Place) };

        var document = new AnnotatedText(text, names) { Weight = 0.5f }.ToDocument();

        Assert.Equal("O O U-LOC U-LOC O O O", string.Join(' ', document.Sentences[0].Tags.Select(BilouTags.Name)));
        Assert.Equal(0.5f, document.Weight); // counts in training as its weight says
    }

    private static AnnotatedName Name(string text, string name, EntityType type)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return new AnnotatedName(start, start + name.Length, type);
    }
}
