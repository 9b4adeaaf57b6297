using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Resolution;

namespace NewsApi.Extraction.Tests.Resolution;

/// <summary>Which chains across an archive are one entity: small archives written for each decision.</summary>
public sealed class ArchiveResolverTests
{
    [Fact]
    public void A_surname_joins_the_full_name_its_own_article_uses_and_never_a_namesake()
    {
        var chains = new List<ArchiveChain>
        {
            Person(0, "Tony Blair"), Person(0, "Blair"),
            Person(1, "Mark Blair"),
            Person(2, "Tony Blair"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1, 3], Single(entities, "Tony Blair").Chains.Order());
        Assert.Equal([2], Single(entities, "Mark Blair").Chains);
    }

    [Fact]
    public void A_given_name_cut_short_is_the_one_full_name_it_can_be_but_not_one_of_the_other_sex()
    {
        // The Wikinews archive had "Chris Hill" apart from "Christopher Hill" (7 articles), "Josh Bolten" from "Joshua Bolten".
        var chains = new List<ArchiveChain>
        {
            Person(0, "Christopher Hill"), Person(1, "Chris Hill"), Person(2, "Samantha Cole"), Person(3, "Sam Cole"),
            Person(4, "Nicholas Reid"), Person(5, "Nicolas Reid"), Person(6, "Nic Reid"), // two it can be
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1], Single(entities, "Christopher Hill").Chains.Order());
        Assert.Equal([3], Single(entities, "Sam Cole").Chains);
        Assert.Equal([6], Single(entities, "Nic Reid").Chains);
    }

    [Fact]
    public void A_surname_with_two_possible_full_names_and_no_telling_context_stays_apart()
    {
        var chains = new List<ArchiveChain>
        {
            Person(0, "Tony Blair"), Person(1, "Mark Blair"), Person(2, "Blair"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(3, entities.Count);
        Assert.Equal([2], Single(entities, "Blair").Chains);
    }

    [Fact]
    public void A_surname_with_a_womans_courtesy_title_joins_no_man_of_that_surname()
    {
        var chains = new List<ArchiveChain>
        {
            Person(0, "George Halden"), Person(1, "George Halden"),
            new(2, EntityType.Person, "Halden", [new("Halden", 1), new("Mrs. Halden", 1, IsTitled: true)], 2, 0.9),
            new(3, EntityType.Person, "Halden", [new("Mr. Halden", 1, IsTitled: true)], 1, 0.9),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1, 3], Single(entities, "George Halden").Chains.Order());
        Assert.Equal([2], Single(entities, "Halden").Chains);
    }

    [Fact]
    public void A_name_written_with_a_hyphen_in_one_article_and_a_space_in_another_is_one_entity()
    {
        // 20 such pairs stayed apart in the Wikinews archive: Kim Jong-il, Coca-Cola, Al-Jazeera, Natasha Stott Despoja.
        var chains = new List<ArchiveChain>
        {
            Person(0, "Kim Jong-il"), Person(1, "Kim Jong Il"), Person(2, "Kim Jong-il"),
            Named(0, EntityType.Organisation, "Coca-Cola"), Named(1, EntityType.Organisation, "Coca Cola"),
            Person(3, "Kim Jong-un"), // another name
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(3, entities.Count);
        Assert.Equal([0, 1, 2], Single(entities, "Kim Jong-il").Chains.Order());
        Assert.Equal([3, 4], Assert.Single(entities, entity => entity.Type == EntityType.Organisation).Chains.Order());
        Assert.Equal([5], Single(entities, "Kim Jong-un").Chains);
    }

    [Fact]
    public void An_organisations_or_places_name_in_one_word_with_other_punctuation_or_british_spelling_is_one_entity()
    {
        // A reader's audit of the Wikinews archive: WHO in 14 articles with a z and 4 with an s, Wal-Mart and Walmart,
        // "Washington, D.C." and "Washington DC" were each two entities.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "World Health Organization"), Named(1, EntityType.Organisation, "World Health Organisation"),
            Named(2, EntityType.Organisation, "Wal-Mart"), Named(3, EntityType.Organisation, "Walmart"),
            Named(4, EntityType.Place, "Washington, D.C."), Named(5, EntityType.Place, "Washington DC"),
            Named(6, EntityType.Organisation, "Labour Party"), Named(7, EntityType.Organisation, "Labor Party"), // two parties
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([[0, 1], [2, 3], [4, 5], [6], [7]], entities.Select(entity => entity.Chains.Order().ToList()).OrderBy(chains => chains[0]));
    }

    [Fact]
    public void A_companys_own_word_read_as_a_person_is_the_company_unless_an_article_shows_a_person()
    {
        // Set XF: "Brandt-Kellerman" was a person in two articles beside "Brandt-Kellerman Therapeutics" in three.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Brandt-Kellerman Therapeutics"), Named(1, EntityType.Organisation, "Brandt-Kellerman Therapeutics"),
            Person(2, "Brandt-Kellerman"), Person(3, "Brandt-Kellerman"),
            Named(4, EntityType.Organisation, "Dell Technologies"), Person(5, "Michael Dell"), Person(6, "Dell"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        var company = Single(entities, "Brandt-Kellerman Therapeutics");
        Assert.Equal(EntityType.Organisation, company.Type);
        Assert.Equal([0, 1, 2, 3], company.Chains.Order());
        Assert.Equal([5, 6], Single(entities, "Michael Dell").Chains.Order());
        Assert.Equal([4], Single(entities, "Dell Technologies").Chains);
    }

    [Fact]
    public void A_ministry_named_by_its_field_either_way_a_mount_written_short_and_an_airport_without_international_are_one_entity()
    {
        // Stop 46's fresh cross-document sets: "Economy Ministry" and "Ministry of Economy", "Energy Department" and
        // "Department of Energy", "Mt Ruapehu" and "Mount Ruapehu" were two entities each.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Economy Ministry"), Named(1, EntityType.Organisation, "Ministry of Economy"),
            Named(2, EntityType.Organisation, "Energy Department"), Named(3, EntityType.Organisation, "Department of Energy"),
            Named(4, EntityType.Place, "Mt Ruapehu"), Named(5, EntityType.Place, "Mount Ruapehu"),
            Named(6, EntityType.Organisation, "Health Ministry"), Named(7, EntityType.Organisation, "Ministry of Education"),
            // Cross-document set CF: "Interior Ministry" and "Ministry of the Interior", an airport with and without "International".
            Named(8, EntityType.Organisation, "Interior Ministry"), Named(9, EntityType.Organisation, "Ministry of the Interior"),
            Named(10, EntityType.Place, "Keflavik International Airport"), Named(11, EntityType.Place, "Keflavik Airport"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(["0:Economy Ministry|1:Ministry of Economy", "10:Keflavik International Airport|11:Keflavik Airport", "2:Energy Department|3:Department of Energy",
                "4:Mt Ruapehu|5:Mount Ruapehu", "6:Health Ministry", "7:Ministry of Education", "8:Interior Ministry|9:Ministry of the Interior"],
            Partition(chains, entities).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void A_company_with_and_without_its_legal_form_in_any_language_is_one_entity()
    {
        // Set XH: "Revontuli Networks Oyj" and "Revontuli Networks" were two entities; set XG "Minera Escondida Ltda".
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Revontuli Networks Oyj"), Named(1, EntityType.Organisation, "Revontuli Networks"),
            Named(2, EntityType.Organisation, "Minera Escondida Ltda"), Named(3, EntityType.Organisation, "Minera Escondida"),
            Named(4, EntityType.Organisation, "Siemens AG"), Named(5, EntityType.Organisation, "Siemens"),
            Named(6, EntityType.Organisation, "Banco Santander S.A."), Named(7, EntityType.Organisation, "Banco Santander"),
            Named(8, EntityType.Organisation, "Nordhavn Shipping A/S"), Named(9, EntityType.Organisation, "Nordhavn Shipping"), // set CF
            Named(10, EntityType.Organisation, "Sungai Emas Berhad"), Named(11, EntityType.Organisation, "Sungai Emas"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(["0:Revontuli Networks Oyj|1:Revontuli Networks", "10:Sungai Emas Berhad|11:Sungai Emas", "2:Minera Escondida Ltda|3:Minera Escondida", "4:Siemens AG|5:Siemens",
                "6:Banco Santander S.A.|7:Banco Santander", "8:Nordhavn Shipping A/S|9:Nordhavn Shipping"],
            Partition(chains, entities).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void A_body_written_with_and_without_its_country_is_one_entity_where_the_article_names_that_country()
    {
        // Set XG: "Commonwealth Bank" and "Commonwealth Bank of Australia" were two entities; set XH "Republic Hydrometeorological
        // Service" and "... of Serbia". "Libertarian Party" in a US article is not the "Libertarian Party of Canada", nor a
        // bare name the archive gives two countries for.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Commonwealth Bank of Australia"), Named(0, EntityType.Place, "Australia"),
            Named(1, EntityType.Organisation, "Commonwealth Bank"), Named(1, EntityType.Place, "Sydney"), Named(1, EntityType.Place, "Australia"),
            Named(2, EntityType.Organisation, "Libertarian Party of Canada"), Named(2, EntityType.Place, "Canada"),
            Named(3, EntityType.Organisation, "Libertarian Party"), Named(3, EntityType.Place, "United States"),
            Named(4, EntityType.Organisation, "Football Federation of Ghana"), Named(4, EntityType.Place, "Ghana"),
            Named(5, EntityType.Organisation, "Football Federation of Australia"), Named(5, EntityType.Place, "Australia"),
            Named(6, EntityType.Organisation, "Football Federation"), Named(6, EntityType.Place, "Australia"),
        };

        var organisations = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Organisation).ToList();

        Assert.Equal([0, 2], Assert.Single(organisations, entity => entity.Chains.Contains(0)).Chains.Order());
        Assert.Single(Assert.Single(organisations, entity => entity.Chains.Contains(7)).Chains);
        Assert.Single(Assert.Single(organisations, entity => entity.Chains.Contains(13)).Chains);
    }

    [Fact]
    public void A_body_written_after_its_country_is_the_bare_name_news_writes_at_home_but_a_name_ending_in_of_a_country_needs_it_named()
    {
        // Cross-document set CE and the Wikinews archive: "U.S. Securities and Exchange Commission" and the "Securities and
        // Exchange Commission" of stories that never name the US were two entities; "Islamic State of Iraq" is not the later
        // "Islamic State".
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "U.S. Securities and Exchange Commission"), Named(0, EntityType.Place, "United States"),
            Named(1, EntityType.Organisation, "Securities and Exchange Commission"), Named(1, EntityType.Place, "United States"),
            Named(2, EntityType.Organisation, "Securities and Exchange Commission"), Named(2, EntityType.Organisation, "Dell"),
            Named(3, EntityType.Organisation, "Islamic State of Iraq"), Named(3, EntityType.Place, "Iraq"),
            Named(4, EntityType.Organisation, "Islamic State"), Named(4, EntityType.Place, "Iraq"),
            Named(5, EntityType.Organisation, "Islamic State"), Named(5, EntityType.Place, "Syria"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 2, 4], Assert.Single(entities, entity => entity.Chains.Contains(0)).Chains.Order());
        Assert.Equal([6], Assert.Single(entities, entity => entity.Chains.Contains(6)).Chains);
    }

    [Fact]
    public void A_given_names_short_form_is_the_same_person_across_the_archive_where_their_articles_share_someone_or_some_body()
    {
        // Wikinews archive: "Ted Kennedy" and "Edward Kennedy", "Dick Cheney" and "Richard B. Cheney" were two people each;
        // General Sir Mike Jackson is not the singer Michael Jackson.
        var chains = new List<ArchiveChain>
        {
            Person(0, "Ted Kennedy"), Named(0, EntityType.Organisation, "Senate"), Person(1, "Edward Kennedy"), Named(1, EntityType.Organisation, "Senate"), // 0-3
            Person(2, "Dick Cheney"), Person(2, "George W. Bush"), Person(3, "Richard B. Cheney"), Person(3, "George W. Bush"), // 4-7
            Person(4, "Mike Jackson"), Named(4, EntityType.Organisation, "British Army"), Person(5, "Michael Jackson"), Named(5, EntityType.Place, "Neverland"), // 8-11
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 2], Assert.Single(entities, entity => entity.Chains.Contains(0)).Chains.Order());
        Assert.Equal([4, 6], Assert.Single(entities, entity => entity.Chains.Contains(4)).Chains.Order());
        Assert.Equal([8], Assert.Single(entities, entity => entity.Chains.Contains(8)).Chains);
    }

    [Fact]
    public void A_team_named_by_its_city_joins_the_club_whose_nickname_its_articles_write_though_another_body_shares_the_citys_name()
    {
        // Cross-document set CE: "Colts fire Hutchins ... Indianapolis went 2-14" stayed apart from the "Indianapolis Colts",
        // which did not out-count "The Indianapolis Star" three times over.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Indianapolis Colts"), Named(1, EntityType.Organisation, "Indianapolis Colts"),
            Named(2, EntityType.Organisation, "Indianapolis Star"),
            Uses(3, EntityType.Organisation, ("Indianapolis", 2), ("Colts", 3)), Uses(4, EntityType.Organisation, ("Indianapolis", 1), ("Colts", 1)),
            Named(5, EntityType.Organisation, "Indianapolis"), Named(6, EntityType.Organisation, "Indianapolis Star"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1, 3, 4, 5], Single(entities, "Indianapolis Colts").Chains.Order());
    }

    [Fact]
    public void One_person_transliterated_or_misspelt_two_ways_is_one_entity_but_namesakes_a_consonant_or_a_context_apart_are_not()
    {
        // Seen on the Wikinews archive: "Mouwafak" and "Mowaffak al-Rubaie", "Awad Hamed al-Bander" and "al-Bandar",
        // "Thaksin Sinawatra", "Rafiq" and "Rafik Hariri", "Costas" and "Kostas Karamanlis"; "Jim Leach" (a US congressman) and "Jim Leech" (a Canadian banker) are two people.
        var chains = new List<ArchiveChain>
        {
            Person(0, "Mowaffak al-Rubaie"), Named(0, EntityType.Place, "Baghdad"), Person(1, "Mouwafak al-Rubaie"), Named(1, EntityType.Place, "Baghdad"),
            Person(2, "Awad Hamed al-Bandar"), Named(2, EntityType.Place, "Dujail"), Person(3, "Awad Hamed al-Bander"), Named(3, EntityType.Place, "Dujail"),
            Person(4, "James Baker"), Named(4, EntityType.Place, "Texas"), Person(5, "James Barker"), Named(5, EntityType.Place, "Texas"),
            Person(6, "Jim Leach"), Named(6, EntityType.Organisation, "Congress"), Person(7, "Jim Leech"), Named(7, EntityType.Organisation, "Bell Canada"),
            Person(8, "Steven Smith"), Named(8, EntityType.Place, "Texas"), Person(9, "Stephen Smith"), Named(9, EntityType.Place, "Texas"),
            Person(10, "Rafiq Hariri"), Named(10, EntityType.Place, "Beirut"), Person(11, "Rafik Hariri"), Named(11, EntityType.Place, "Beirut"),
            Person(12, "Costas Karamanlis"), Named(12, EntityType.Place, "Athens"), Person(13, "Kostas Karamanlis"), Named(13, EntityType.Place, "Athens"),
        };
        // The United States, named in most articles, tells nothing of who is who.
        chains.AddRange(Enumerable.Range(0, 20).Select(article => Named(article, EntityType.Place, "United States")));

        var people = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Person).ToList();

        Assert.Equal([0, 2], Assert.Single(people, entity => entity.Name.EndsWith("al-Rubaie", StringComparison.Ordinal)).Chains.Order());
        Assert.Equal([4, 6], Assert.Single(people, entity => entity.Name.StartsWith("Awad", StringComparison.Ordinal)).Chains.Order());
        Assert.Equal([20, 22], Assert.Single(people, entity => entity.Name.EndsWith("Hariri", StringComparison.Ordinal)).Chains.Order());
        Assert.Equal([24, 26], Assert.Single(people, entity => entity.Name.EndsWith("Karamanlis", StringComparison.Ordinal)).Chains.Order());
        Assert.Equal(10, people.Count); // Baker and Barker, Leach and Leech, Steven and Stephen Smith stay two each
    }

    [Fact]
    public void A_given_name_spelt_two_ways_is_one_person_but_given_names_of_two_sexes_are_not()
    {
        // Seen on the Wikinews archive: "Hilary Clinton" (2 articles) apart from "Hillary Clinton" (41), "Nicholas Sarkozy"
        // from "Nicolas Sarkozy", "Philip Ruddock" from "Phillip Ruddock".
        var chains = new List<ArchiveChain>
        {
            Person(0, "Hillary Clinton"), Named(0, EntityType.Place, "Iowa"), Person(1, "Hilary Clinton"), Named(1, EntityType.Place, "Iowa"),
            Person(2, "Nicolas Sarkozy"), Named(2, EntityType.Place, "Paris"), Person(3, "Nicholas Sarkozy"), Named(3, EntityType.Place, "Paris"),
            Person(4, "Julian Moreno"), Named(4, EntityType.Place, "Quito"), Person(5, "Juliana Moreno"), Named(5, EntityType.Place, "Quito"), // another last letter
            Person(6, "Francis Moreau"), Named(6, EntityType.Place, "Lyon"), Person(7, "Frances Moreau"), Named(7, EntityType.Place, "Lyon"), // a man and a woman
        };
        chains.AddRange(Enumerable.Range(0, 20).Select(article => Named(article, EntityType.Place, "United States")));

        var people = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Person).ToList();

        Assert.Equal([0, 2], Assert.Single(people, entity => entity.Name.EndsWith("Clinton", StringComparison.Ordinal)).Chains.Order());
        Assert.Equal([4, 6], Assert.Single(people, entity => entity.Name.EndsWith("Sarkozy", StringComparison.Ordinal)).Chains.Order());
        Assert.Equal(6, people.Count); // Julian and Juliana, Francis and Frances stay two each
    }

    [Fact]
    public void An_organisation_named_with_a_country_or_organisation_acronym_or_in_full_is_one_entity_and_a_listed_variant_may_use_a_space()
    {
        // Seen on the Wikinews archive: "U.S. Congress" (23 articles) and "United States Congress" (14) were two
        // entities, as were "US Geological Survey" and "United States Geological Survey", and "al Qaida" was not Al-Qaeda.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "U.S. Congress"), Named(1, EntityType.Organisation, "United States Congress"),
            Named(2, EntityType.Organisation, "US Geological Survey"), Named(3, EntityType.Organisation, "United States Geological Survey"),
            Named(4, EntityType.Organisation, "UK Independence Party"), Named(5, EntityType.Organisation, "United Kingdom Independence Party"),
            Named(6, EntityType.Organisation, "Al-Qaeda"), Named(7, EntityType.Organisation, "al Qaida"),
            Named(8, EntityType.Organisation, "USA Today"), // a newspaper, joined to nothing
            Named(9, EntityType.Organisation, "UN Security Council"), Named(10, EntityType.Organisation, "United Nations Security Council"),
            Named(11, EntityType.Organisation, "U.N. Security Council"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(["0:U.S. Congress|1:United States Congress", "10:United Nations Security Council|11:U.N. Security Council|9:UN Security Council", "2:US Geological Survey|3:United States Geological Survey",
            "4:UK Independence Party|5:United Kingdom Independence Party", "6:Al-Qaeda|7:al Qaida", "8:USA Today"], Partition(chains, entities));
    }

    [Fact]
    public void A_name_another_continues_by_one_word_joins_it_when_it_is_the_only_one_and_they_share_context()
    {
        // Seen on the Wikinews archive: "Barzan Ibrahim" beside "Barzan Ibrahim al-Tikriti", "Lalu Prasad" beside
        // "Lalu Prasad Yadav", "Sandra Day" beside "Sandra Day O'Connor".
        var chains = new List<ArchiveChain>
        {
            Person(0, "Barzan Ibrahim al-Tikriti"), Named(0, EntityType.Place, "Dujail"), Person(1, "Barzan Ibrahim"), Named(1, EntityType.Place, "Dujail"),
            Person(2, "Abdel Rahman Abbas"), Named(2, EntityType.Place, "Cairo"), Person(3, "Abdel Rahman Salem"), Named(3, EntityType.Place, "Cairo"),
            Person(4, "Abdel Rahman"), Named(4, EntityType.Place, "Cairo"), // two longer names: no way to choose
            Person(5, "Lalu Prasad Yadav"), Named(5, EntityType.Place, "Bihar"), Person(6, "Lalu Prasad"), Named(6, EntityType.Place, "Patna"), // no shared context
        };
        chains.AddRange(Enumerable.Range(0, 20).Select(article => Named(article, EntityType.Place, "United States")));

        var people = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Person).ToList();

        Assert.Equal([0, 2], Single(people, "Barzan Ibrahim al-Tikriti").Chains.Order());
        Assert.Equal(6, people.Count);
    }

    [Fact]
    public void A_bare_institution_in_an_article_about_another_country_is_not_the_one_country_the_archive_names_it_for()
    {
        // A fresh set had "Mexico's Federal Police" under "Australian Federal Police", and two agency credits "AFP" there too,
        // because one Australian article defined AFP as its police.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Organisation, ("Australian Federal Police", 1), ("AFP", 4)), Named(0, EntityType.Place, "Australia"), // 0, 1
            Named(1, EntityType.Organisation, "Federal Police"), Named(1, EntityType.Place, "Mexico"), // 2, 3
            Named(2, EntityType.Organisation, "AFP"), Named(2, EntityType.Place, "Kampala"), // 4, 5
            Named(3, EntityType.Organisation, "Congress"), Named(3, EntityType.Place, "Iraq"), Named(3, EntityType.Place, "Washington"), // 6-8
            Named(4, EntityType.Organisation, "U.S. Congress"), // 9
            Named(5, EntityType.Organisation, "BBC"), Uses(6, EntityType.Organisation, ("British Broadcasting Corporation", 1), ("BBC", 2)), // 10, 11
        };

        var entities = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Organisation).ToList();

        Assert.Equal([0], Single(entities, "Australian Federal Police").Chains);
        Assert.Equal([2], Single(entities, "Federal Police (Mexico)").Chains);
        Assert.Equal([4], Single(entities, "AFP").Chains);
        Assert.Contains(entities, entity => entity.Chains.Order().SequenceEqual([10, 11])); // a broadcaster's name in full
        Assert.DoesNotContain(entities, entity => entity.Name.EndsWith("(Iraq)", StringComparison.Ordinal)); // the article names Washington
    }

    [Fact]
    public void A_company_named_with_its_web_address_or_by_letters_joined_with_an_ampersand_is_the_company()
    {
        // A fresh cross-document set had "Amazon.com Inc" apart from "Amazon", and "PG&E Corp" from "Pacific Gas and Electric Co.".
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Amazon.com Inc"), Named(1, EntityType.Organisation, "Amazon"), // 0, 1
            Named(2, EntityType.Organisation, "Pacific Gas and Electric Co."), Named(3, EntityType.Organisation, "PG&E Corp"), // 2, 3
            Named(4, EntityType.Organisation, "News.com.au"), Named(5, EntityType.Organisation, "ABC News"), // 4, 5: a site of its own
            Named(6, EntityType.Organisation, "BP Plc"), Named(7, EntityType.Place, "Bolado Park"), // 6, 7: a company's letters spell no park
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1], Assert.Single(entities, entity => entity.Chains.Contains(0)).Chains.Order());
        Assert.Equal([2, 3], Assert.Single(entities, entity => entity.Chains.Contains(2)).Chains.Order());
        Assert.Equal([4], Single(entities, "News.com.au").Chains);
        Assert.Equal([7], Single(entities, "Bolado Park").Chains);
    }

    [Fact]
    public void Letters_the_archive_defines_for_bodies_of_two_countries_are_each_articles_countrys_body()
    {
        // The Wikinews archive's "ABC" of 22 Australian articles sat under the American Broadcasting Company.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Organisation, ("American Broadcasting Company", 1), ("ABC", 2)), Named(0, EntityType.Place, "United States"), // 0, 1
            Uses(1, EntityType.Organisation, ("American Broadcasting Company", 1), ("ABC", 1)), Named(1, EntityType.Place, "New York"), // 2, 3
            Uses(2, EntityType.Organisation, ("Australian Broadcasting Corporation", 1), ("ABC", 1)), Named(2, EntityType.Place, "Sydney"), // 4, 5
            Named(3, EntityType.Organisation, "ABC"), Named(3, EntityType.Place, "Australia"), Named(3, EntityType.Place, "Canberra"), // 6-8
            Named(4, EntityType.Organisation, "ABC"), Named(4, EntityType.Place, "United States"), // 9, 10
            Named(5, EntityType.Organisation, "ABC"), Named(5, EntityType.Place, "Ireland"), // 11, 12: neither country's: the defined one
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 2, 9, 11], Single(entities, "American Broadcasting Company").Chains.Order());
        Assert.Equal([4, 6], Single(entities, "Australian Broadcasting Corporation").Chains.Order());
    }

    [Fact]
    public void Letters_defined_for_one_countrys_body_are_another_countrys_body_spelled_so_where_the_articles_places_lie()
    {
        // The archive defines "ABC" only for the American network; "ABC of Australia reported" and Australian reports that
        // name Indonesia most had gone to it.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Organisation, ("American Broadcasting Company", 1), ("ABC", 2)), Named(0, EntityType.Place, "New York"), // 0, 1
            Named(1, EntityType.Organisation, "Australian Broadcasting Corporation"), Named(1, EntityType.Place, "Sydney"), // 2, 3
            Named(2, EntityType.Organisation, "ABC"), Uses(2, EntityType.Place, ("Indonesia", 2)), Named(2, EntityType.Organisation, "Australian Federal Police"), // 4-6
            Named(3, EntityType.Organisation, "ABC"), Uses(3, EntityType.Place, ("Egypt", 3)), Named(3, EntityType.Place, "Australia"), // 7-9
            Named(4, EntityType.Organisation, "ABC"), Named(4, EntityType.Place, "United States"), Named(4, EntityType.Place, "Canberra"), // 10-12: both
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([2, 4, 7], Single(entities, "Australian Broadcasting Corporation").Chains.Order());
        Assert.Equal([0, 10], Single(entities, "American Broadcasting Company").Chains.Order());
    }

    [Fact]
    public void A_bare_senate_or_congress_is_its_articles_countrys_where_that_country_has_one_by_that_name()
    {
        // The Wikinews archive's one "Senate" held Canada's, Zimbabwe's and Pakistan's with the US's, and "Congress" Bolivia's.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "United States Senate"), Named(0, EntityType.Place, "Washington"), // 0, 1
            Named(1, EntityType.Organisation, "Senate"), Named(1, EntityType.Place, "Canada"), Named(1, EntityType.Place, "Ottawa"), // 2-4
            Named(2, EntityType.Organisation, "Senate"), Named(2, EntityType.Place, "Iraq"), Named(2, EntityType.Place, "United States"), // 5-7: Iraq has none
            Named(3, EntityType.Organisation, "Congress"), Named(3, EntityType.Place, "Bolivia"), // 8, 9
            Named(4, EntityType.Organisation, "U.S. Congress"), Named(4, EntityType.Place, "United States"), // 10, 11
            Named(5, EntityType.Organisation, "Senate"), Named(5, EntityType.Place, "United States"), // 12, 13
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([2], Single(entities, "Senate (Canada)").Chains);
        Assert.Equal([8], Single(entities, "Congress (Bolivia)").Chains);
        Assert.Equal([0, 5, 12], Assert.Single(entities, entity => entity.Chains.Contains(0)).Chains.Order());
        Assert.Equal([10], Assert.Single(entities, entity => entity.Chains.Contains(10)).Chains);
    }

    [Fact]
    public void The_greens_alone_are_not_the_most_named_greens()
    {
        // The Wikinews archive's "Greens" of Australian and German articles sat under the "Ontario Greens" (33 articles).
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Ontario Greens"), Named(0, EntityType.Place, "Ontario"), // 0, 1
            Named(1, EntityType.Organisation, "Ontario Greens"), Named(1, EntityType.Place, "Ontario"), // 2, 3
            Named(2, EntityType.Organisation, "Ontario Greens"), Named(2, EntityType.Place, "Toronto"), // 4, 5
            Named(3, EntityType.Organisation, "Greens"), Named(3, EntityType.Place, "Australia"), Person(3, "Bob Brown"), // 6-8
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 2, 4], Single(entities, "Ontario Greens").Chains.Order());
        Assert.Equal([6], Single(entities, "Greens").Chains);
    }

    [Fact]
    public void A_korean_name_is_called_by_its_family_name_which_comes_first()
    {
        var entities = ArchiveResolver.Default.Resolve(
            [Person(0, "Choi Soon-sil"), Uses(1, EntityType.Person, ("Choi", 2)), Person(2, "Moon Jae-in"), Person(3, "Jae-in")]);

        Assert.Equal([0, 1], Single(entities, "Choi Soon-sil").Chains.Order());
        Assert.Equal([2], Single(entities, "Moon Jae-in").Chains); // the given name alone is no surname
    }

    [Fact]
    public void Short_forms_as_british_papers_and_wires_write_them_join_the_body()
    {
        // A fresh set had "Afiego" (for AFIEGO), "SMBC" and the "U.S. Drug Enforcement Administration" apart from their bodies.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Organisation, ("Africa Institute for Energy Governance", 2), ("AFIEGO", 1)), // 0
            Named(1, EntityType.Organisation, "Afiego"), // 1
            Named(2, EntityType.Organisation, "Sumitomo Mitsui Banking Corporation"), Named(3, EntityType.Organisation, "SMBC"), // 2, 3
            Named(4, EntityType.Organisation, "U.S. Drug Enforcement Administration"), // 4
            Named(5, EntityType.Organisation, "Drug Enforcement Administration"), Named(5, EntityType.Place, "United States"), // 5, 6
            Named(6, EntityType.Organisation, "Drug Enforcement Administration"), Named(6, EntityType.Place, "U.S."), // 7, 8
            Uses(7, EntityType.Organisation, ("Janata Dal (Secular)", 2), ("JD(S)", 1)), Named(8, EntityType.Organisation, "JD(S)"), // 9, 10
        };

        var entities = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Organisation).ToList();

        Assert.Equal([0, 1], Single(entities, "Africa Institute for Energy Governance").Chains.Order());
        Assert.Equal([2, 3], Single(entities, "Sumitomo Mitsui Banking Corporation").Chains.Order());
        Assert.Equal(3, Assert.Single(entities, entity => entity.Chains.Contains(4)).Chains.Count);
        Assert.Equal([9, 10], Single(entities, "Janata Dal (Secular)").Chains.Order());
    }

    [Fact]
    public void A_bare_institution_name_that_several_countries_have_is_its_article_countrys_and_is_shown_with_the_country()
    {
        // Seen on the Wikinews archive: one "Parliament" entity held the parliaments of the UK, Canada, Iraq and
        // Singapore, one "Senate" those of the US, Australia and Italy.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Parliament of Singapore"), Named(0, EntityType.Place, "Singapore"), // 0, 1
            Named(1, EntityType.Organisation, "Parliament"), Named(1, EntityType.Place, "Singapore"), // 2, 3
            Named(2, EntityType.Organisation, "UK Parliament"), // 4
            Named(3, EntityType.Organisation, "Parliament"), Uses(3, EntityType.Place, ("UK", 3)), Named(3, EntityType.Place, "France"), // 5-7
            Named(4, EntityType.Organisation, "Parliament"), Named(4, EntityType.Place, "Britain"), // 8, 9
            Named(5, EntityType.Organisation, "Parliament"), Named(5, EntityType.Place, "United Kingdom"), // 10, 11
            Named(6, EntityType.Organisation, "Parliament"), Named(6, EntityType.Place, "United Kingdom"), // 12, 13
            Named(7, EntityType.Organisation, "Parliament"), // 14: no country named, stays apart
            Named(8, EntityType.Organisation, "Bank of America"), Named(9, EntityType.Organisation, "Bank of Japan"), // companies and banks keep their names
        };

        var entities = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Organisation).ToList();

        Assert.Equal([0, 2], Single(entities, "Parliament of Singapore").Chains.Order());
        Assert.Equal([4, 5, 8, 10, 12], Single(entities, "Parliament (United Kingdom)").Chains.Order()); // the bare name most used, so the country is shown
        Assert.Equal([14], Single(entities, "Parliament").Chains);
        Assert.Equal(["Bank of America", "Bank of Japan"], entities.Where(entity => entity.Name.StartsWith("Bank", StringComparison.Ordinal)).Select(entity => entity.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_bare_parliament_in_articles_about_different_countries_is_each_countrys_even_when_none_is_named_in_full()
    {
        // The Wikinews evaluation sets had one "Parliament" holding the UK's, Iraq's and Singapore's, and one holding
        // Canada's and Australia's: no article named any of them with its country.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Parliament"), Uses(0, EntityType.Place, ("Britain", 2)), // 0, 1
            Named(1, EntityType.Organisation, "Parliament"), Named(1, EntityType.Place, "London"), // 2, 3
            Named(2, EntityType.Organisation, "Parliament"), Uses(2, EntityType.Place, ("Iraq", 3)), Named(2, EntityType.Place, "Baghdad"), // 4-6
            Named(3, EntityType.Organisation, "Parliament"), // 7: no country named
            Named(4, EntityType.Organisation, "Congress"), Named(4, EntityType.Place, "Iraq"), // 8, 9
            Named(5, EntityType.Organisation, "Congress"), Named(5, EntityType.Place, "Peru"), // 10, 11
            Named(6, EntityType.Organisation, "Foreign Ministry"), Named(6, EntityType.Place, "China"), // 12, 13: every nation has ministries
            Named(7, EntityType.Organisation, "Foreign Ministry"), Named(7, EntityType.Place, "Moldova"), // 14, 15
        };
        // Where the archive names only Italy's in full, a bare one in an article about Canada is still not Italy's.
        var withItalys = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Parliament of Italy"), // 0
            Named(1, EntityType.Organisation, "Parliament"), Named(1, EntityType.Place, "Canada"), // 1, 2
        };

        var entities = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Organisation).ToList();
        var withItalysEntities = ArchiveResolver.Default.Resolve(withItalys).Where(entity => entity.Type == EntityType.Organisation).ToList();

        Assert.Equal([0, 2], Single(entities, "Parliament (United Kingdom)").Chains.Order());
        Assert.Equal([4], Single(entities, "Parliament (Iraq)").Chains);
        Assert.Equal([7], Single(entities, "Parliament").Chains);
        Assert.Equal([8, 10], Single(entities, "Congress").Chains.Order()); // news abroad means the US's by it: not scoped
        Assert.Equal([12], Single(entities, "Foreign Ministry (China)").Chains);
        Assert.Equal([14], Single(entities, "Foreign Ministry (Moldova)").Chains);
        Assert.Equal([1], Single(withItalysEntities, "Parliament (Canada)").Chains);
    }

    [Fact]
    public void The_members_plural_is_the_party_its_articles_context_tells_and_a_listed_plural_stays_its_own_party()
    {
        // A fresh cross-document set had "Social Democrats" (4 articles) apart from the "Social Democratic Party" (4) that
        // Henrik Dalsgaard leads.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Social Democratic Party"), Person(0, "Henrik Dalsgaard"), Named(0, EntityType.Place, "Copenhagen"), // 0-2
            Named(1, EntityType.Organisation, "Social Democratic Party"), Person(1, "Henrik Dalsgaard"), Named(1, EntityType.Place, "Aarhus"), // 3-5
            Named(2, EntityType.Organisation, "Social Democrats"), Person(2, "Henrik Dalsgaard"), Named(2, EntityType.Place, "Copenhagen"), // 6-8
            Named(3, EntityType.Organisation, "Social Democrats"), Person(3, "Olaf Scholz"), Named(3, EntityType.Place, "Berlin"), // 9-11: another country's
            Named(4, EntityType.Organisation, "Liberal Democratic Party"), Person(4, "Shinzo Abe"), Named(4, EntityType.Place, "Tokyo"), // 12-14
            Named(5, EntityType.Organisation, "Liberal Democratic Party"), Person(5, "Shinzo Abe"), Named(5, EntityType.Place, "Tokyo"), // 15-17
            Named(6, EntityType.Organisation, "Liberal Democrats"), Person(6, "Shinzo Abe"), Named(6, EntityType.Place, "Tokyo"), // 18-20: Britain's, listed
        };
        chains.AddRange(Enumerable.Range(7, 20).Select(article => Named(article, EntityType.Place, "Oslo"))); // an archive's other news

        var entities = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Organisation).ToList();

        Assert.Equal([0, 3, 6], Single(entities, "Social Democratic Party").Chains.Order());
        Assert.Equal([9], Single(entities, "Social Democrats").Chains);
        Assert.Equal([18], Single(entities, "Liberal Democrats").Chains);
    }

    [Fact]
    public void A_bare_body_is_the_one_country_the_archive_names_it_for_in_that_countrys_articles_and_its_field_word_is_no_short_form()
    {
        // The Wikinews archive had "Justice Department" (19 articles) apart from the "United States Department of Justice" (13),
        // and joining them left the Australian "Labor" the one candidate for the short form of the US "Department of Labor".
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "United States Department of Justice"), // 0
            Named(1, EntityType.Organisation, "Justice Department"), Named(1, EntityType.Place, "United States"), // 1, 2: the US's
            Named(2, EntityType.Organisation, "Justice Department"), Named(2, EntityType.Place, "Canada"), // 3, 4: Canada's
            Named(3, EntityType.Organisation, "U.S. Department of Labor"), Named(4, EntityType.Organisation, "Department of Labor"), Named(4, EntityType.Place, "U.S."), // 5-7
            Named(5, EntityType.Organisation, "Labor"), Named(5, EntityType.Place, "Australia"), // 8, 9: the party
        };

        var entities = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Organisation).ToList();

        Assert.Equal([0, 1], Assert.Single(entities, entity => entity.Chains.Contains(0)).Chains.Order());
        Assert.Equal([3], Single(entities, "Justice Department (Canada)").Chains);
        Assert.Equal([5, 6], Assert.Single(entities, entity => entity.Chains.Contains(5)).Chains.Order());
        Assert.Equal([8], Single(entities, "Labor").Chains);
    }

    [Fact]
    public void A_bare_party_name_is_its_article_countrys_party_and_with_no_clear_country_the_one_that_dominates()
    {
        // Seen on the Wikinews archive: Canada's Conservatives (27 articles) were one entity with Britain's listed
        // Conservative Party, and "Liberal Party" beside Canada stayed apart from the "Liberal Party of Canada".
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Liberal Party of Canada"), Named(0, EntityType.Place, "Canada"), // 0, 1
            Named(1, EntityType.Organisation, "Liberal Party"), Named(1, EntityType.Place, "Canada"), // 2, 3
            Named(2, EntityType.Organisation, "Liberals"), Named(2, EntityType.Place, "Ottawa"), // 4, 5: a capital names its country
            Named(3, EntityType.Organisation, "Conservative Party of Canada"), Named(3, EntityType.Place, "Canada"), // 6, 7
            Named(4, EntityType.Organisation, "Conservative Party"), Named(4, EntityType.Place, "Canada"), // 8, 9
            Named(5, EntityType.Organisation, "Conservative Party"), Named(5, EntityType.Place, "Britain"), // 10, 11
            Named(6, EntityType.Organisation, "Tories"), Named(6, EntityType.Place, "United Kingdom"), // 12, 13
            Named(7, EntityType.Organisation, "U.S. Democratic Party"), // 14
            Named(8, EntityType.Organisation, "Democratic Party"), Named(8, EntityType.Place, "United States"), // 15, 16
            Named(9, EntityType.Organisation, "Democratic Party"), Named(9, EntityType.Place, "United States"), // 17, 18
            Named(10, EntityType.Organisation, "Democratic Party"), Named(10, EntityType.Place, "United States"), // 19, 20
            Named(11, EntityType.Organisation, "Democratic Party"), Named(11, EntityType.Place, "United States"), // 21, 22
            Named(12, EntityType.Organisation, "Democratic Party of Japan"), // 23
            Named(13, EntityType.Organisation, "Democratic Party"), // 24: no country named; the US party out-counts Japan's 5 to 1
        };

        var entities = ArchiveResolver.Default.Resolve(chains).Where(entity => entity.Type == EntityType.Organisation).ToList();
        List<int> ChainsWith(int chain) => [.. Assert.Single(entities, entity => entity.Chains.Contains(chain)).Chains.Order()];

        Assert.Equal([0, 2, 4], ChainsWith(0));
        Assert.Equal([6, 8], ChainsWith(6));
        Assert.Equal([10, 12], ChainsWith(10));
        Assert.Equal([14, 15, 17, 19, 21, 24], ChainsWith(14));
        Assert.Equal([23], ChainsWith(23));
    }

    [Fact]
    public void An_article_that_names_no_country_by_place_takes_the_one_its_organisations_open_with()
    {
        // Seen on the Wikinews archive: "Senate" in four Australian articles that name no place of Australia (only "the
        // Australian Senate" or "Australian Greens") was the US Senate, which out-counts Australia's.
        var chains = new List<ArchiveChain>();
        for (var article = 0; article < 6; article++)
        {
            chains.AddRange([Named(article, EntityType.Organisation, "United States Senate"), Named(article, EntityType.Place, "Washington")]);
        }

        chains.AddRange([Named(6, EntityType.Organisation, "Australian Senate"), Named(6, EntityType.Place, "Australia")]);
        var australian = chains.Count;
        chains.AddRange([Named(7, EntityType.Organisation, "Senate"), Named(7, EntityType.Organisation, "Australian Greens"), Person(7, "Mara Quinlan")]);
        var unclear = chains.Count;
        chains.AddRange([Named(8, EntityType.Organisation, "Senate"), Person(8, "Dale Hoskins")]); // no country at all

        var entities = ArchiveResolver.Default.Resolve(chains);
        List<int> ChainsWith(int chain) => [.. Assert.Single(entities, entity => entity.Chains.Contains(chain)).Chains.Order()];

        Assert.Equal([australian - 2, australian], ChainsWith(australian));
        Assert.DoesNotContain(unclear, ChainsWith(australian));
    }

    [Fact]
    public void An_arabic_name_written_with_or_without_its_article_is_one_person()
    {
        // Seen on the Wikinews archive: Nouri al-Maliki and Nouri Maliki, Bashar al-Assad and Bashar Assad, Abdel Fattah
        // el-Sisi and al-Sisi were two entities each (10 pairs).
        var chains = new List<ArchiveChain>
        {
            Person(0, "Nouri al-Maliki"), Person(1, "Nouri Maliki"), Person(2, "Abdel Fattah el-Sisi"), Person(3, "Abdel Fattah al Sisi"),
            Person(4, "Nouri Kamal"), // another person
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(["0:Nouri al-Maliki|1:Nouri Maliki", "2:Abdel Fattah el-Sisi|3:Abdel Fattah al Sisi", "4:Nouri Kamal"], Partition(chains, entities));
    }

    [Fact]
    public void Spellings_of_one_name_count_together_for_the_name_shown()
    {
        // The archive showed "Ramos Horta": each spelling of "José Ramos-Horta" was used less often than the short form.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Person, ("José Ramos-Horta", 2), ("Ramos Horta", 3)),
            Uses(1, EntityType.Person, ("Jose Ramos Horta", 2), ("Ramos Horta", 2)),
            Uses(2, EntityType.Person, ("José Ramos Horta", 3), ("Ramos Horta", 2)),
            Uses(3, EntityType.Person, ("Jose Ramos-Horta", 2)),
        };

        var entity = Assert.Single(ArchiveResolver.Default.Resolve(chains));

        Assert.Equal("José Ramos Horta", entity.Name);
    }

    [Fact]
    public void Two_people_shown_by_one_full_name_are_one()
    {
        // "Britain Margaret Thatcher" (a place glued on by the tagger) was an entity of its own, shown as "Margaret Thatcher".
        var chains = new List<ArchiveChain>
        {
            Person(0, "Margaret Thatcher"), Person(1, "Margaret Thatcher"),
            Uses(2, EntityType.Person, ("Britain Margaret Thatcher", 1), ("Margaret Thatcher", 2)),
            Uses(3, EntityType.Person, ("Britain Margaret Thatcher", 1), ("Margaret Thatcher", 1)),
            Person(4, "Denis Thatcher"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1, 2, 3], Single(entities, "Margaret Thatcher").Chains.Order());
        Assert.Equal([4], Single(entities, "Denis Thatcher").Chains);
    }

    [Fact]
    public void Two_full_names_with_different_given_names_are_two_people()
    {
        var entities = ArchiveResolver.Default.Resolve([Person(0, "Gordon Brown"), Person(1, "Wes Brown"), Person(2, "Gordon Brown")]);

        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_name_opening_with_an_initial_goes_by_its_next_given_name()
    {
        // The archive had "L. Neil Smith" (a writer) under "Lockwood Smith" (a New Zealand MP): L is Lockwood's initial.
        var entities = ArchiveResolver.Default.Resolve(
            [Person(0, "Lockwood Smith"), Person(1, "L. Neil Smith"), Person(2, "J. Edgar Hoover"), Person(3, "Edgar Hoover")]);

        Assert.Equal([0], Single(entities, "Lockwood Smith").Chains);
        Assert.Equal([1], Single(entities, "L. Neil Smith").Chains);
        Assert.Equal([2, 3], Single(entities, "J. Edgar Hoover").Chains.Order());
    }

    [Fact]
    public void Listed_variants_of_a_country_and_a_party_are_one_entity_shown_by_its_most_used_full_name()
    {
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "U.S."), Named(1, EntityType.Place, "America"), Named(2, EntityType.Place, "United States"),
            Named(3, EntityType.Place, "USA"), Named(0, EntityType.Organisation, "Tories"), Named(1, EntityType.Organisation, "Conservative Party"),
            Named(2, EntityType.Organisation, "Conservatives"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(2, entities.Count);
        Assert.Equal(4, Single(entities, "United States").Chains.Count);
        Assert.Equal(3, Single(entities, "Conservative Party").Chains.Count);
    }

    [Fact]
    public void A_hyphenated_company_defines_its_initials_for_the_archive()
    {
        // Set XK: "Hewlett-Packard Co." with "HP" in one article, "HP" alone in four, were two companies.
        var entities = ArchiveResolver.Default.Resolve([Uses(0, EntityType.Organisation, ("Hewlett-Packard Co.", 1), ("HP", 2)),
            Named(1, EntityType.Organisation, "HP"), Named(2, EntityType.Organisation, "HP")]);

        Assert.Equal(3, Assert.Single(entities).Chains.Count);
    }

    [Fact]
    public void A_states_wire_abbreviation_is_the_state()
    {
        // Set XK: "Santa Clara, Calif." in one article and "California" in four were two places.
        var entities = ArchiveResolver.Default.Resolve([Named(0, EntityType.Place, "Calif."), Named(1, EntityType.Place, "California"),
            Named(2, EntityType.Place, "N.C."), Named(3, EntityType.Place, "North Carolina")]);

        Assert.Equal(2, entities.Count);
        Assert.Equal(2, Single(entities, "California").Chains.Count);
        Assert.Equal(2, Single(entities, "North Carolina").Chains.Count);
    }

    [Fact]
    public void A_name_written_with_and_without_accents_is_one_entity_but_other_letters_keep_names_apart()
    {
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "Montréal"), Named(1, EntityType.Place, "Montreal"), Named(2, EntityType.Place, "Montreal"),
            Named(3, EntityType.Place, "Sao Paulo"), Named(4, EntityType.Place, "São Paulo"),
            Named(5, EntityType.Place, "Malmö"), Named(6, EntityType.Place, "Malmo"), Named(7, EntityType.Place, "Mali"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(3, Single(entities, "Montreal").Chains.Count);
        Assert.Equal(2, Assert.Single(entities, entity => entity.Name is "Sao Paulo" or "São Paulo").Chains.Count);
        Assert.Equal(2, Assert.Single(entities, entity => entity.Name is "Malmö" or "Malmo").Chains.Count);
        Assert.Equal([7], Single(entities, "Mali").Chains);
    }

    [Fact]
    public void A_city_and_a_firm_listed_with_their_other_names_are_one_entity_each()
    {
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "Erbil"), Named(1, EntityType.Place, "Irbil"),
            Named(2, EntityType.Organisation, "Saudi Aramco"), Named(3, EntityType.Organisation, "Saudi Arabian Oil Co"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(2, Single(entities, "Erbil").Chains.Count);
        Assert.Equal(2, Single(entities, "Saudi Aramco").Chains.Count);
    }

    [Fact]
    public void A_name_written_with_letters_english_news_spells_out_is_one_entity()
    {
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "Suðurnes"), Named(1, EntityType.Place, "Sudurnes"),
            Named(2, EntityType.Place, "Reykjanesbær"), Named(3, EntityType.Place, "Reykjanesbaer"),
            Named(4, EntityType.Person, "Lech Wałęsa"), Named(5, EntityType.Person, "Lech Walesa"),
            Named(6, EntityType.Person, "Lars Løkke Rasmussen"), Named(7, EntityType.Person, "Lars Lokke Rasmussen"),
            Named(8, EntityType.Place, "Sundbyberg"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(2, Assert.Single(entities, entity => entity.Name.StartsWith("Su", StringComparison.Ordinal) && entity.Name.EndsWith("urnes", StringComparison.Ordinal)).Chains.Count);
        Assert.Equal(2, Assert.Single(entities, entity => entity.Name.StartsWith("Reykjanesb", StringComparison.Ordinal)).Chains.Count);
        Assert.Equal(2, Assert.Single(entities, entity => entity.Name.StartsWith("Lech", StringComparison.Ordinal)).Chains.Count);
        Assert.Equal(2, Assert.Single(entities, entity => entity.Name.StartsWith("Lars", StringComparison.Ordinal)).Chains.Count);
        Assert.Equal([8], Single(entities, "Sundbyberg").Chains);
    }

    [Fact]
    public void A_short_party_name_of_common_words_joins_the_party_its_articles_context_points_to_and_else_stays_apart()
    {
        var chains = new List<ArchiveChain>();
        for (var article = 0; article < 3; article++)
        {
            chains.AddRange([Named(article, EntityType.Organisation, "Liberal Party of Canada"), Named(article, EntityType.Place, "Ottawa"),
                Person(article, "Stephen Harper"), Named(article, EntityType.Place, "Quebec")]);
            chains.AddRange([Named(article + 3, EntityType.Organisation, "Liberal Party of Australia"), Named(article + 3, EntityType.Place, "Canberra"),
                Person(article + 3, "John Howard"), Named(article + 3, EntityType.Place, "Sydney")]);
        }

        chains.AddRange([Named(6, EntityType.Organisation, "Liberal Party"), Named(6, EntityType.Place, "Ottawa"), Person(6, "Stephen Harper"), Named(6, EntityType.Place, "Quebec")]);
        var alone = chains.Count;
        chains.Add(Named(7, EntityType.Organisation, "Liberal Party"));

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(4, Single(entities, "Liberal Party of Canada").Chains.Count);
        Assert.Equal(3, Single(entities, "Liberal Party of Australia").Chains.Count);
        Assert.Equal([alone], Single(entities, "Liberal Party").Chains);
    }

    [Fact]
    public void A_papers_bare_title_is_that_paper_however_much_its_article_reads_like_another_papers()
    {
        // Wikinews archive: "The Times" alone in a London story had joined the Financial Times (or The New York Times) by
        // its context, where London's Times was meant; an article naming only "The Times" names that paper.
        var chains = new List<ArchiveChain>();
        for (var article = 0; article < 3; article++)
        {
            chains.AddRange([Named(article, EntityType.Organisation, "Financial Times"), Named(article, EntityType.Place, "London"),
                Named(article, EntityType.Organisation, "Royal Bank of Scotland"), Person(article, "Gordon Brown")]);
        }

        chains.AddRange([Named(3, EntityType.Organisation, "The Times"), Named(3, EntityType.Place, "London"),
            Named(3, EntityType.Organisation, "Royal Bank of Scotland"), Person(3, "Gordon Brown")]);
        chains.Add(Uses(4, EntityType.Organisation, ("New York Times", 1), ("The Times", 2)));
        for (var article = 5; article < 15; article++)
        {
            chains.Add(Named(article, EntityType.Place, $"Town {article}")); // the rest of the archive, about other things
        }

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(3, Single(entities, "Financial Times").Chains.Count);
        Assert.Equal([12], Single(entities, "The Times").Chains);
        Assert.Equal([16], Single(entities, "New York Times").Chains);
    }

    [Fact]
    public void An_acronym_with_dots_and_without_inside_a_name_is_one_entity()
    {
        var entities = ArchiveResolver.Default.Resolve(
            [Named(0, EntityType.Organisation, "U.S. Army"), Named(1, EntityType.Organisation, "US Army"), Named(2, EntityType.Organisation, "U.S Army")]);

        Assert.Single(entities);
    }

    [Fact]
    public void A_name_the_tagger_typed_differently_once_takes_the_type_of_its_other_articles()
    {
        var chains = new List<ArchiveChain>
        {
            Person(0, "Warren Jeffs"), Person(1, "Warren Jeffs"), Person(2, "Warren Jeffs"), Person(3, "Warren Jeffs"),
            Named(4, EntityType.Place, "Warren Jeffs"),
        };

        var entity = Assert.Single(ArchiveResolver.Default.Resolve(chains));

        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal(5, entity.Chains.Count);
    }

    [Fact]
    public void A_lone_name_the_tagger_made_a_person_where_other_articles_make_it_a_company_or_a_place_is_one_entity_of_that_type()
    {
        // Cross-document set XA: the wind-turbine maker "Nordex" was a company in two articles and a person in two; the
        // Chilean port of Caldera a place in three articles and a person in two (with more mentions).
        var nordex = new List<ArchiveChain>
        {
            Uses(0, EntityType.Organisation, ("Nordex", 3)), Uses(1, EntityType.Organisation, ("Nordex", 1)),
            Uses(2, EntityType.Person, ("Nordex", 2)), Uses(3, EntityType.Person, ("Nordex", 2)),
        };
        var caldera = new List<ArchiveChain>
        {
            Uses(0, EntityType.Person, ("Caldera", 1)), Uses(1, EntityType.Person, ("Caldera", 3)),
            Named(2, EntityType.Place, "Caldera"), Named(3, EntityType.Place, "Caldera"), Named(4, EntityType.Place, "Caldera"),
        };
        // Where the archive shows a person, both stay: "McCain said" beside "John McCain" elsewhere, "Mr Morales".
        var mccain = new List<ArchiveChain>
        {
            Uses(0, EntityType.Person, ("McCain", 2)), Uses(1, EntityType.Person, ("McCain", 2)),
            Uses(2, EntityType.Organisation, ("McCain", 2)), Uses(3, EntityType.Organisation, ("McCain", 1)), Person(4, "John McCain"),
        };
        var morales = new List<ArchiveChain>
        {
            new(0, EntityType.Person, "Morales", [new("Morales", 3), new("Mr Morales", 0, IsTitled: true)], 3, 1),
            Uses(1, EntityType.Person, ("Morales", 2)), Uses(2, EntityType.Place, ("Morales", 2)), Uses(3, EntityType.Place, ("Morales", 2)),
        };

        var company = Assert.Single(ArchiveResolver.Default.Resolve(nordex));
        var place = Assert.Single(ArchiveResolver.Default.Resolve(caldera));
        var people = ArchiveResolver.Default.Resolve(mccain);

        Assert.Equal((EntityType.Organisation, 4), (company.Type, company.Chains.Count));
        Assert.Equal((EntityType.Place, 5), (place.Type, place.Chains.Count));
        Assert.Equal(EntityType.Person, Assert.Single(people, entity => entity.Chains.Contains(0)).Type);
        Assert.Equal(EntityType.Organisation, Assert.Single(people, entity => entity.Chains.Contains(2)).Type);
        Assert.Equal(2, ArchiveResolver.Default.Resolve(morales).Count);
    }

    [Fact]
    public void A_short_form_joins_the_longer_name_whose_own_longer_forms_are_rarer_parts_of_it()
    {
        // Cross-document set XB: "Meta" in three articles, "Meta Platforms" in two, its Irish arm in one.
        var meta = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Meta"), Named(1, EntityType.Organisation, "Meta"), Named(2, EntityType.Organisation, "Meta"),
            Named(3, EntityType.Organisation, "Meta Platforms"), Named(4, EntityType.Organisation, "Meta Platforms"),
            Named(5, EntityType.Organisation, "Meta Platforms Ireland Limited"),
        };
        // The Wikinews archive: "Forbes" (the magazine) is no short form of "Forbes Global", which its conference out-counts.
        var forbes = new List<ArchiveChain> { Named(0, EntityType.Organisation, "Forbes"), Named(1, EntityType.Organisation, "Forbes") };
        forbes.AddRange(Enumerable.Range(2, 3).Select(article => Named(article, EntityType.Organisation, "Forbes Global")));
        forbes.AddRange(Enumerable.Range(5, 5).Select(article => Named(article, EntityType.Organisation, "Forbes Global CEO Conference")));

        var entities = ArchiveResolver.Default.Resolve(meta);

        Assert.Equal([0, 1, 2, 3, 4], Single(entities, "Meta Platforms").Chains);
        Assert.Equal([5], Single(entities, "Meta Platforms Ireland Limited").Chains);
        Assert.Equal([0, 1], Single(ArchiveResolver.Default.Resolve(forbes), "Forbes").Chains);
    }

    [Fact]
    public void A_title_before_a_full_name_outvotes_the_taggers_organisation_with_more_mentions()
    {
        // The Wikinews archive: "Chairman Mao Zedong" once in one article, "Mao Zedong" an organisation three times in another.
        var mao = new List<ArchiveChain>
        {
            new(0, EntityType.Person, "Mao Zedong", [new("Mao Zedong", 1), new("Chairman Mao Zedong", 0, IsTitled: true)], 1, 1),
            Uses(1, EntityType.Organisation, ("Mao Zedong", 3)),
        };

        var entity = Assert.Single(ArchiveResolver.Default.Resolve(mao));
        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal([0, 1], entity.Chains);
    }

    [Fact]
    public void A_full_name_with_a_title_or_a_company_with_its_legal_form_somewhere_is_one_entity_even_where_the_tagger_often_typed_it_otherwise()
    {
        // The Wikinews archive: "Vice President Al Gore" in one article (8 mentions), "Al Gore" a place in three (5).
        var gore = new List<ArchiveChain>
        {
            new(0, EntityType.Person, "Al Gore", [new("Gore", 6), new("Al Gore", 2), new("Vice President Al Gore", 0, IsTitled: true)], 8, 1),
            Named(1, EntityType.Place, "Al Gore"), Uses(2, EntityType.Place, ("Al Gore", 3)), Named(3, EntityType.Place, "Al Gore"),
        };
        var untitled = new List<ArchiveChain>
        {
            Uses(0, EntityType.Person, ("Al Gore", 8)),
            Named(1, EntityType.Place, "Al Gore"), Uses(2, EntityType.Place, ("Al Gore", 3)), Named(3, EntityType.Place, "Al Gore"),
        };
        // A surname alone is not enough: "President Ford" and Ford Motor's "Ford".
        var ford = new List<ArchiveChain>
        {
            new(0, EntityType.Person, "Ford", [new("Ford", 3), new("President Ford", 0, IsTitled: true)], 3, 1),
            Uses(1, EntityType.Person, ("Ford", 2)), Uses(2, EntityType.Organisation, ("Ford", 2)), Uses(3, EntityType.Organisation, ("Ford", 1)),
        };

        // A company's legal form is such evidence too (Nokia a place in 6 archive articles), a club's "FC" is not.
        var nokia = new List<ArchiveChain>
        {
            Uses(0, EntityType.Organisation, ("Nokia Inc.", 1), ("Nokia", 4)), Uses(1, EntityType.Organisation, ("Nokia", 3)),
            Uses(2, EntityType.Place, ("Nokia", 2)), Uses(3, EntityType.Place, ("Nokia", 2)),
        };
        var chelsea = new List<ArchiveChain>
        {
            Uses(0, EntityType.Organisation, ("Chelsea FC", 1), ("Chelsea", 4)), Uses(1, EntityType.Organisation, ("Chelsea", 3)),
            Uses(2, EntityType.Place, ("Chelsea", 2)), Uses(3, EntityType.Place, ("Chelsea", 2)),
        };

        Assert.Equal(EntityType.Organisation, Assert.Single(ArchiveResolver.Default.Resolve(nokia)).Type);
        Assert.Equal(2, ArchiveResolver.Default.Resolve(chelsea).Count);
        var entity = Assert.Single(ArchiveResolver.Default.Resolve(gore));
        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal(2, ArchiveResolver.Default.Resolve(untitled).Count);
        Assert.Equal(2, ArchiveResolver.Default.Resolve(ford).Count);
    }

    [Fact]
    public void A_word_written_with_accents_is_no_short_form_of_a_name_that_has_it_without()
    {
        // Stop 27: the newspaper "Libération" joined the "Liberation Tigers of Tamil Eelam" once no other "Liberation ..." was left.
        var chains = new List<ArchiveChain> { Named(0, EntityType.Organisation, "Libération") };
        chains.AddRange(Enumerable.Range(1, 7).Select(article => Named(article, EntityType.Organisation, "Liberation Tigers of Tamil Eelam")));

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(7, Single(entities, "Liberation Tigers of Tamil Eelam").Chains.Count);
        Assert.Single(Single(entities, "Libération").Chains);
    }

    [Fact]
    public void An_acronym_defined_in_one_article_joins_its_long_form_in_the_others()
    {
        var chains = new List<ArchiveChain>
        {
            new(0, EntityType.Organisation, "Confederation of British Industry", [new("Confederation of British Industry", 1), new("CBI", 2)], 3, 1),
            Named(1, EntityType.Organisation, "CBI"), Named(2, EntityType.Organisation, "CBI"),
        };

        var entity = Assert.Single(ArchiveResolver.Default.Resolve(chains));

        Assert.Equal("Confederation of British Industry", entity.Name);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_the_articles_were_seeded_in()
    {
        var chains = new List<ArchiveChain>
        {
            Person(0, "George W. Bush"), Person(1, "George Bush"), Person(1, "Laura Bush"), Person(2, "Bush"),
            Person(3, "Tony Blair"), Person(4, "Blair"), Person(5, "Mark Blair"), Named(6, EntityType.Place, "America"),
        };
        var reversed = chains.AsEnumerable().Reverse().ToList();

        var forward = Partition(chains, ArchiveResolver.Default.Resolve(chains));
        var backward = Partition(reversed, ArchiveResolver.Default.Resolve(reversed));

        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("'s")]
    [InlineData("-")]
    [InlineData("the")]
    public void A_name_with_no_words_left_after_normalising_is_kept_as_it_is_and_breaks_nothing(string name)
    {
        // Seeding the 3,741-article Wikinews archive crashed here (IndexOutOfRangeException) on such a chain.
        var chains = new List<ArchiveChain>
        {
            Person(0, "Tony Blair"), Person(1, "Blair"), Person(2, name), Named(3, EntityType.Organisation, name), Person(3, "Tony Blair"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal(chains.Count, entities.Sum(entity => entity.Chains.Count));
        Assert.Contains(entities, entity => entity.Chains.Contains(2));
    }

    [Fact]
    public void A_surname_joins_the_dominant_full_name_even_when_a_rare_namesake_shares_its_articles_context()
    {
        // Seen on the Wikinews archive: "Bush" alone in 32 articles about George W. Bush stayed apart, because "Laura
        // Bush" or a headline's "No Bush" (a few articles each) shared a large part of their few articles' context.
        var chains = new List<ArchiveChain>();
        for (var article = 0; article < 12; article++)
        {
            chains.Add(Uses(article, EntityType.Person, ("Barack Obama", 1), ("Obama", 3)));
            chains.Add(Named(article, EntityType.Place, article % 2 == 0 ? "Chicago" : "Kenya"));
        }

        chains.Add(Uses(12, EntityType.Person, ("Michelle Obama", 1), ("Obama", 1)));
        chains.Add(Named(12, EntityType.Organisation, "Let's Move"));
        chains.Add(Uses(13, EntityType.Person, ("Michelle Obama", 1)));
        chains.Add(Named(13, EntityType.Organisation, "Let's Move"));
        chains.Add(Person(14, "Obama"));
        chains.Add(Named(14, EntityType.Organisation, "Let's Move"));
        chains.Add(Named(14, EntityType.Place, "Chicago"));

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Contains(chains.Count - 3, Single(entities, "Barack Obama").Chains);
        Assert.Equal(2, Single(entities, "Michelle Obama").Chains.Count);
    }

    [Fact]
    public void A_surname_whose_article_shares_nothing_with_a_rarely_named_full_name_stays_apart_but_one_that_shares_context_joins()
    {
        // A reader's audit of the Wikinews archive: with no context at all, "Kerry" (the county), "Shannon" (the airport)
        // and "Levy" (another woman) had joined the one full name of that surname, each named in a handful of articles.
        var chains = new List<ArchiveChain>();
        for (var article = 0; article < 3; article++)
        {
            chains.Add(Person(article, "Yael Levy"));
            chains.Add(Named(article, EntityType.Organisation, "Tel Aviv Stock Exchange"));
        }

        chains.Add(Person(3, "Levy"));
        chains.Add(Named(3, EntityType.Organisation, "Hadassah Medical Center"));
        chains.Add(Person(4, "Levy"));
        chains.Add(Named(4, EntityType.Organisation, "Tel Aviv Stock Exchange"));
        for (var article = 5; article < 800; article++)
        {
            chains.Add(Named(article, EntityType.Place, $"Town {article}")); // an archive in which 3 articles are few
        }

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 2, 4, 8], Single(entities, "Yael Levy").Chains.Order());
        Assert.Equal([6], Single(entities, "Levy").Chains);
    }

    [Fact]
    public void A_title_or_word_glued_before_a_full_name_the_archive_knows_is_that_person_but_a_given_name_is_not()
    {
        // A reader's audit of the Wikinews archive: "Sen Arlen Specter", "Minster John Howard", "Counsel Samuel Alito" were
        // people of their own. "Muntasim" is a given name no list holds, so it may open a longer name.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Person, ("Sen Arlen Specter", 3)), Person(1, "Arlen Specter"),
            Uses(2, EntityType.Person, ("Minster John Howard", 2)), Person(3, "John Howard"),
            Person(4, "Muntasim Mohamed Saleh"), Person(5, "Mohamed Saleh"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1], Single(entities, "Arlen Specter").Chains.Order());
        Assert.Equal([2, 3], Single(entities, "John Howard").Chains.Order());
        Assert.Equal([4], Single(entities, "Muntasim Mohamed Saleh").Chains);
        Assert.Equal([5], Single(entities, "Mohamed Saleh").Chains);
    }

    [Fact]
    public void The_name_shown_is_the_form_most_articles_use_not_a_longer_one_written_once()
    {
        // Seen on the Wikinews archive: "Facebook" in 58 articles was shown as "Essex County Facebook" (one article),
        // Hamas as "Islamist Hamas", Boeing as "Boeing Commercial Airplanes", Osama bin Laden as "bin Laden".
        var chains = new List<ArchiveChain>();
        for (var article = 0; article < 6; article++)
        {
            chains.Add(Uses(article, EntityType.Organisation, ("Facebook", 3)));
            chains.Add(Uses(article, EntityType.Person, ("Osama bin Laden", 1), ("bin Laden", 3)));
            chains.Add(Uses(article, EntityType.Organisation, ("Indianapolis Colts", 1), ("Colts", 4)));
            chains.Add(Uses(article, EntityType.Organisation, ("HP", 5), article < 3 ? ("Hewlett-Packard", 1) : ("HP", 1)));
        }

        chains[0] = Uses(0, EntityType.Organisation, ("Essex County Facebook", 1), ("Facebook", 3));
        chains.Add(Uses(7, EntityType.Person, ("Gore", 5), ("Al Gore", 1)));
        chains.Add(Uses(8, EntityType.Organisation, ("NASA", 5), ("Nasa", 1)));
        chains.Add(Uses(9, EntityType.Organisation, ("Hamas", 9), ("HAMAS", 1), ("Islamist Hamas", 1)));
        chains.AddRange(Enumerable.Range(10, 4).Select(article => Uses(article, EntityType.Organisation, ("Hamas", 9))));

        var names = ArchiveResolver.Default.Resolve(chains).Select(entity => entity.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Al Gore", "Facebook", "Hamas", "Hewlett-Packard", "Indianapolis Colts", "NASA", "Osama bin Laden"], names);
    }

    [Fact]
    public void A_place_named_without_its_division_word_joins_the_full_name_an_article_gave_it_but_a_country_does_not()
    {
        // "Gaza" alone in one article, "Gaza Strip" (written "Gaza" too) in others: one place; "Panama" stays the country.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Place, ("Gaza Strip", 2), ("Gaza", 3)), Named(1, EntityType.Place, "Gaza"), Named(2, EntityType.Place, "Gaza Strip"),
            Named(3, EntityType.Place, "Panama Canal"), Named(4, EntityType.Place, "Panama"),
            Named(5, EntityType.Place, "Kumamoto"), Named(6, EntityType.Place, "Kumamoto Prefecture"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1, 2], Assert.Single(entities, entity => entity.Chains.Contains(0)).Chains.Order());
        Assert.Equal([3], Single(entities, "Panama Canal").Chains);
        Assert.Equal([5], Single(entities, "Kumamoto").Chains); // no article wrote both for one place
    }

    [Fact]
    public void A_states_abbreviation_typed_a_place_is_the_state_even_where_the_word_has_other_meanings()
    {
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "Illinois"), Named(1, EntityType.Place, "Ill."), Named(2, EntityType.Place, "Ind."), Named(3, EntityType.Place, "Indiana"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1], Single(entities, "Illinois").Chains.Order());
        Assert.Equal([2, 3], Single(entities, "Indiana").Chains.Order());
    }

    [Fact]
    public void A_listed_organisation_is_no_short_form_of_its_unit_and_a_legal_form_written_bare_is_the_company()
    {
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "Lufthansa"), Named(1, EntityType.Organisation, "Lufthansa Cargo"), Named(2, EntityType.Organisation, "Lufthansa"),
            Named(3, EntityType.Organisation, "Thalassa Maritime Enterprises S.A."), Named(4, EntityType.Organisation, "Thalassa Maritime Enterprises"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 2], Single(entities, "Lufthansa").Chains.Order());
        Assert.Equal([1], Single(entities, "Lufthansa Cargo").Chains);
        Assert.Equal([3, 4], Assert.Single(entities, entity => entity.Chains.Contains(3)).Chains.Order());
        Assert.Single(ArchiveResolver.Default.Resolve([Named(0, EntityType.Organisation, "Likud"), Named(1, EntityType.Organisation, "Likud Party")]));
        Assert.Single(ArchiveResolver.Default.Resolve([Named(0, EntityType.Organisation, "Red Cross"), Named(1, EntityType.Organisation, "Philippine Red Cross")]));
    }

    [Fact]
    public void A_brand_written_in_lower_case_keeps_its_spelling_as_the_display_name()
    {
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "eBay"), Named(1, EntityType.Organisation, "eBay"), Named(2, EntityType.Organisation, "EBay"),
        };

        Assert.Equal("eBay", Assert.Single(ArchiveResolver.Default.Resolve(chains)).Name);
    }

    [Fact]
    public void A_states_court_keeps_its_states_name_though_its_article_mostly_writes_it_bare()
    {
        var chains = new List<ArchiveChain> { Uses(0, EntityType.Organisation, ("Michigan Supreme Court", 1), ("Supreme Court", 3)) };

        Assert.Equal("Michigan Supreme Court", Assert.Single(ArchiveResolver.Default.Resolve(chains)).Name);
    }

    [Fact]
    public void A_person_left_alone_joins_the_one_person_whose_articles_write_that_name_for_them()
    {
        // The Wikinews archive had "Saddam" apart from Saddam Hussein in five articles, "Rodriguez Zapatero" from José
        // Luis Rodríguez Zapatero, "Thaksin" from Thaksin Shinawatra: names his own articles write beside his full name.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Person, ("Saddam Hussein", 2), ("Saddam", 3)), Uses(1, EntityType.Person, ("Saddam Hussein", 1), ("Saddam", 1)),
            Person(2, "Saddam"), Person(3, "Saddam"), Person(15, "Saddam Hussein"), // 2-4
            Uses(4, EntityType.Person, ("José Luis Rodríguez Zapatero", 3), ("Rodriguez Zapatero", 1)), Person(5, "Rodriguez Zapatero"), // 5, 6
            Uses(6, EntityType.Person, ("Raúl Castro", 1), ("Raul", 1)), Person(7, "Raul"), // 7, 8: one article only, a lone word
            Uses(8, EntityType.Person, ("Hillary Clinton", 1), ("Hillary", 1)), Uses(9, EntityType.Person, ("Hillary Clinton", 1), ("Hillary", 1)),
            Uses(10, EntityType.Person, ("Hillary Rodham", 1), ("Hillary", 1)), Person(11, "Hillary"), // 9-12: two people written so
            Uses(12, EntityType.Person, ("Howard", 1), ("John Howard", 1)), Person(13, "John Howard"), Person(14, "John Howard"), // 13-15
            Person(16, "José Luis Rodríguez Zapatero"), // 16
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1, 2, 3, 4], Single(entities, "Saddam Hussein").Chains.Order());
        Assert.Equal([5, 6, 16], Single(entities, "José Luis Rodríguez Zapatero").Chains.Order());
        Assert.Equal([8], Single(entities, "Raul").Chains);
        Assert.Equal([12], Single(entities, "Hillary").Chains);
        Assert.Equal([13, 14, 15], Single(entities, "John Howard").Chains.Order()); // not into a person named in fewer articles
    }

    [Fact]
    public void A_listed_place_its_article_reads_as_a_place_stays_a_place_beside_a_person_of_that_surname()
    {
        // "children have to be bussed out to areas such as Bolton" (Ontario) had joined John Bolton, whose surname the
        // archive writes alone in more articles.
        var chains = new List<ArchiveChain>
        {
            Person(0, "John Bolton"), Uses(1, EntityType.Person, ("Bolton", 9)), Uses(2, EntityType.Person, ("Bolton", 2)), Person(2, "John Bolton"),
            Named(3, EntityType.Place, "Bolton"), // 4
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        var place = Assert.Single(entities, entity => entity.Type == EntityType.Place);
        Assert.Equal([4], place.Chains);
        Assert.Equal([0, 1, 2, 3], Single(entities, "John Bolton").Chains.Order());
    }

    [Fact]
    public void A_bare_house_of_representatives_is_its_articles_countrys_chamber()
    {
        // One "House of Representatives" held the chambers of the US, Japan, New Zealand, Bolivia and Thailand.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Organisation, "U.S. House of Representatives"), Named(0, EntityType.Place, "United States"), // 0, 1
            Named(1, EntityType.Organisation, "House of Representatives"), Named(1, EntityType.Place, "United States"), // 2, 3
            Named(2, EntityType.Organisation, "House of Representatives"), Uses(2, EntityType.Place, ("Japan", 3)), Named(2, EntityType.Place, "Tokyo"), // 4-6
            Named(3, EntityType.Organisation, "House of Representatives"), Uses(3, EntityType.Place, ("New Zealand", 2)), // 7, 8
            Named(4, EntityType.Organisation, "Australian House of Representatives"), Named(4, EntityType.Place, "Canberra"), // 9, 10
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 2], Single(entities, "U.S. House of Representatives").Chains.Order());
        Assert.Equal([4], Assert.Single(entities, entity => entity.Name == "House of Representatives (Japan)").Chains);
        Assert.Equal([7], Assert.Single(entities, entity => entity.Name == "House of Representatives (New Zealand)").Chains);
    }

    [Fact]
    public void A_saint_written_short_and_a_compass_point_written_as_its_initial_are_one_place()
    {
        // "N. Korea" had been a place of 9 archive articles apart from North Korea; "Saint Paul" apart from "St. Paul".
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "North Korea"), Named(1, EntityType.Place, "N. Korea"), Named(2, EntityType.Place, "S. Korea"),
            Named(3, EntityType.Place, "South Korea"), Named(4, EntityType.Place, "St. Paul"), Named(5, EntityType.Place, "Saint Paul"),
            Named(6, EntityType.Place, "St Kilda"), Person(7, "E. Howard Hunt"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 1], Single(entities, "North Korea").Chains.Order());
        Assert.Equal([2, 3], Single(entities, "South Korea").Chains.Order());
        Assert.Equal([4, 5], Assert.Single(entities, entity => entity.Chains.Contains(4)).Chains.Order());
        Assert.Equal(5, entities.Count);
    }

    [Fact]
    public void Listed_variants_of_an_airport_a_channel_and_a_corps_are_one_entity_each()
    {
        // Heathrow had been four places of the archive, Fox News two organisations, the US Marine Corps three.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "Heathrow"), Named(1, EntityType.Place, "London Heathrow Airport"), Named(2, EntityType.Place, "London Heathrow"),
            Named(3, EntityType.Organisation, "Fox News Channel"), Named(4, EntityType.Organisation, "Fox News"),
            Named(5, EntityType.Organisation, "U.S. Marines"), Named(6, EntityType.Organisation, "United States Marine Corps"),
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([[0, 1, 2], [3, 4], [5, 6]], entities.Select(entity => entity.Chains.Order().ToArray()).OrderBy(chains => chains[0]));
    }

    [Fact]
    public void A_town_hall_named_bare_is_that_of_the_town_its_article_names_most()
    {
        // One "City Hall" of the Wikinews archive held the city halls of San Jose, Buffalo, St. Paul and Seoul.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "City Hall"), Uses(0, EntityType.Place, ("Buffalo", 3)), Named(0, EntityType.Place, "United States"), // 0-2
            Named(1, EntityType.Place, "Buffalo City Hall"), Named(1, EntityType.Place, "Buffalo"), // 3, 4
            Named(2, EntityType.Place, "City Hall"), Uses(2, EntityType.Place, ("Seoul", 2)), Uses(2, EntityType.Place, ("South Korea", 4)), // 5-7
            Named(3, EntityType.Organisation, "City Council"), Uses(3, EntityType.Place, ("Flint", 4)), Uses(3, EntityType.Place, ("Michigan", 5)), // 8-10
            Named(4, EntityType.Place, "City Hall"), // 11: no town named
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 3], Assert.Single(entities, entity => entity.Chains.Contains(0)).Chains.Order());
        Assert.Equal("City Hall (Seoul)", Assert.Single(entities, entity => entity.Chains.Contains(5)).Name);
        Assert.Equal("City Council (Flint)", Assert.Single(entities, entity => entity.Chains.Contains(8)).Name);
        Assert.Equal([11], Assert.Single(entities, entity => entity.Chains.Contains(11)).Chains);
    }

    [Fact]
    public void A_compass_point_alone_is_the_one_country_its_article_names_opening_with_it()
    {
        // "North" had been a place of 9 archive articles, 6 of them North Korea's.
        var chains = new List<ArchiveChain>
        {
            Named(0, EntityType.Place, "North Korea"), Named(0, EntityType.Place, "South Korea"), Named(0, EntityType.Place, "North"), // 0-2
            Named(0, EntityType.Place, "South"), // 3
            Named(1, EntityType.Place, "North Carolina"), Named(1, EntityType.Place, "North"), // 4, 5: no country
            Named(2, EntityType.Place, "South Africa"), Named(2, EntityType.Place, "South Korea"), Named(2, EntityType.Place, "South"), // 6-8: two
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([0, 2], Single(entities, "North Korea").Chains.Order());
        Assert.Equal([1, 3, 7], Single(entities, "South Korea").Chains.Order());
        Assert.Contains(entities, entity => entity.Chains.SequenceEqual([5]));
        Assert.Contains(entities, entity => entity.Chains.SequenceEqual([8]));
    }

    [Fact]
    public void A_person_given_a_title_stays_a_person_beside_a_body_the_archive_writes_by_that_word()
    {
        // "President Fox" of a Mexican article had joined Fox News, which the archive writes "Fox" in three articles.
        var chains = new List<ArchiveChain>
        {
            Uses(0, EntityType.Organisation, ("Fox News", 1), ("Fox", 2)), Named(1, EntityType.Organisation, "Fox"), Named(2, EntityType.Organisation, "Fox"), // 0-2
            Named(3, EntityType.Organisation, "Fox"), // 3
            new(4, EntityType.Person, "Fox", [new("Fox", 1), new("President Fox", 0, IsTitled: true)], 1, 0.9), // 4
            Person(5, "Vicente Fox"), // 5
        };

        var entities = ArchiveResolver.Default.Resolve(chains);

        Assert.Equal([4, 5], Single(entities, "Vicente Fox").Chains.Order());
        Assert.Equal([0, 1, 2, 3], Assert.Single(entities, entity => entity.Type == EntityType.Organisation).Chains.Order());
    }

    private static ArchiveChain Person(int article, string name) => Named(article, EntityType.Person, name);

    private static ArchiveChain Named(int article, EntityType type, string name) => new(article, type, name, [new(name, 1)], 1, 0.9);

    private static ArchiveChain Uses(int article, EntityType type, params (string Text, int Mentions)[] names) =>
        new(article, type, names[0].Text, [.. names.Select(name => new NameUse(name.Text, name.Mentions))], names.Sum(name => name.Mentions), 0.9);

    private static ArchiveEntity Single(IReadOnlyList<ArchiveEntity> entities, string name) => Assert.Single(entities, entity => entity.Name == name);

    /// <summary>Each entity as its sorted "article:name" chains, sorted: comparable whatever the order of the input.</summary>
    private static List<string> Partition(List<ArchiveChain> chains, IReadOnlyList<ArchiveEntity> entities) =>
        entities.Select(entity => string.Join('|', entity.Chains.Select(chain => $"{chains[chain].Article}:{chains[chain].Name}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
}
