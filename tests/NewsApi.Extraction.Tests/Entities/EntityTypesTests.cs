using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tests.Entities;

public sealed class EntityTypesTests
{
    [Fact]
    public void The_table_has_one_row_per_type_in_enum_order_and_Count_says_how_many()
    {
        Assert.Equal(Enum.GetValues<EntityType>(), EntityTypes.All.Select(row => row.Type));
        Assert.Equal(EntityTypes.Count, EntityTypes.All.Count);
    }

    [Fact]
    public void Every_word_that_names_a_type_outside_the_code_names_one_type_only()
    {
        foreach (var words in new Func<EntityTypeInfo, string>[] { row => row.Name, row => row.Route, row => row.Plural, row => row.Singular, row => row.TaggerLabel })
        {
            Assert.Equal(EntityTypes.Count, EntityTypes.All.Select(words).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Fact]
    public void A_type_is_read_back_from_its_name()
    {
        Assert.All(Enum.GetValues<EntityType>(), type => Assert.Equal(type, EntityTypes.Parse(EntityTypes.Name(type))));
        Assert.Throws<ArgumentOutOfRangeException>(() => EntityTypes.Parse("no such type"));
    }

    [Fact]
    public void Sentences_list_the_types_in_table_order()
    {
        var listed = EntityTypes.Listed(row => row.Name, "or");

        Assert.StartsWith("person, organisation", listed, StringComparison.Ordinal);
        Assert.EndsWith($" or {EntityTypes.All[^1].Name}", listed, StringComparison.Ordinal);
        Assert.Equal(EntityTypes.Count - 2, listed.Count(character => character == ','));
        Assert.Equal("an organisation", EntityTypes.Of(EntityType.Organisation).OneOf);
    }
}
