using NewsApi.Extraction.Entities;
using static NewsApi.Extraction.Tests.Support.MadeUpArticles;

namespace NewsApi.Extraction.Tests.Rules;

/// <summary>
/// Names that sit inside or beside other names: a university opening its hospital's or school's name, a country in its
/// capital's name, a long listed owner before a defined body, a listed body before a second one's acronym, a ministry's
/// list of portfolios, and line-ups with captains and particles. Each sentence is written here; none is copied from the
/// held-out articles.
/// </summary>
public sealed class NestedAndListedNamesTests
{
    [Fact]
    public void A_university_opening_the_name_of_its_hospital_or_school_is_an_organisation_of_its_own()
    {
        var entities = Extract("""
            The first patients were treated at Tohoku University Hospital in Sendai last spring. Researchers from Emory University
            School of Medicine reviewed the data. Students of the Lakeside University Young Greens protested outside.
            """);
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Tohoku University", organisations);
        Assert.Contains("Tohoku University Hospital", organisations);
        Assert.Contains("Emory University", organisations);
        // A unit keeps its own entity: the university is no alias of its medical school.
        Assert.DoesNotContain(entities, entity => entity.Name.StartsWith("Emory University School", StringComparison.Ordinal) && entity.Aliases.Contains("Emory University"));
        // A party's branch at a university is not a unit of it.
        Assert.DoesNotContain("Lakeside University", organisations);
    }

    [Fact]
    public void A_university_opening_the_name_of_its_laboratory_is_an_organisation_of_its_own()
    {
        var entities = Extract("""
            The camera was built by the Johns Hopkins University Applied Physics Laboratory in Laurel, Maryland, and calibrated
            by engineers of the Kelsey University Radio Astronomy Observatory.
            """);
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Johns Hopkins University", organisations);
        Assert.Contains("Johns Hopkins University Applied Physics Laboratory", organisations);
        Assert.DoesNotContain(entities, entity => entity.Name.EndsWith("Laboratory", StringComparison.Ordinal) && entity.Aliases.Contains("Johns Hopkins University"));
    }

    [Fact]
    public void A_person_opening_the_name_of_a_body_or_building_is_a_person_of_the_article()
    {
        var entities = Extract("""
            Researchers at Edwin Marlow University said the final at the Rosa Kettering Arena was delayed.
            Flights resumed at Henry T. Oduya International Airport.
            Queen Mary University, the Royal Darwin Hospital and the Harvard Law School declined to comment.
            The Harold Ashby Company said Ashby would appeal.
            """);
        var people = Names(entities, EntityType.Person);

        Assert.Contains("Edwin Marlow", people);
        Assert.Contains("Rosa Kettering", people);
        Assert.Contains("Henry T. Oduya", people);
        Assert.Contains("Edwin Marlow University", Names(entities, EntityType.Organisation));
        // A title, a common adjective or word, and a surname the article writes alone (there the company) name no one here.
        Assert.DoesNotContain(people, name => name.StartsWith("Queen", StringComparison.Ordinal) || name.StartsWith("Royal", StringComparison.Ordinal)
            || name.StartsWith("Harvard", StringComparison.Ordinal) || name == "Harold Ashby");
    }

    [Fact]
    public void A_city_named_for_its_country_names_the_country_too()
    {
        var places = Names(Extract("The delegates flew from Guatemala City to Panama City, and the nuncio stayed in Vatican City."), EntityType.Place);

        Assert.Contains("Guatemala City", places);
        Assert.Contains("Guatemala", places);
        Assert.Contains("Panama", places);
        // "Vatican City" is the country's own name.
        Assert.Contains("Vatican City", places);
        Assert.DoesNotContain("Vatican", places);
    }

    [Fact]
    public void A_long_listed_owner_before_a_defined_body_is_named_whole()
    {
        var entities = Extract("""
            The Organization for Security and Co-operation in Europe's Office for Democratic Institutions and Human Rights (ODIHR)
            said it had not been invited to watch the count.
            """);
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("Organization for Security and Co-operation in Europe", organisations);
        Assert.DoesNotContain(organisations, name => name.EndsWith(" Co", StringComparison.Ordinal));
        Assert.Contains(entities, entity => entity.Name == "Office for Democratic Institutions and Human Rights" && entity.Aliases.Contains("ODIHR"));
    }

    [Fact]
    public void An_acronym_after_a_listed_body_and_a_second_bodys_name_is_the_second_ones()
    {
        var entities = Extract("""
            Ana Petrescu, a member of the European Parliament for the Civic Renewal Alliance (ARC), criticised the plan. Figures from
            the Food and Agriculture Organization of the United Nations (FAO) were cited.
            """);
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Contains("European Parliament", organisations);
        Assert.Contains(entities, entity => entity.Name == "Civic Renewal Alliance" && entity.Aliases.Contains("ARC"));
        // The bracket that spells the first body stays with it.
        Assert.DoesNotContain(entities, entity => entity.Name == "United Nations" && entity.Aliases.Contains("FAO"));
    }

    [Fact]
    public void A_ministrys_portfolios_listed_with_commas_and_closed_by_and_are_one_name()
    {
        var organisations = Names(Extract("The clinic applied to the Ministry of Health, Labour and Welfare in May for approval."), EntityType.Organisation);

        Assert.Contains("Ministry of Health, Labour and Welfare", organisations);
        Assert.DoesNotContain("Labour", organisations);
        Assert.DoesNotContain("Ministry of Health", organisations);
    }

    [Fact]
    public void A_line_up_with_a_captains_mark_and_a_particle_surname_names_its_players()
    {
        var entities = Extract("""
            Ireland ran in four tries at the Aviva Stadium.

            Leinster: Keenan; Osborne, Ringrose (capt), Henshaw, Van den Berg; Prendergast, Gibson-Park; Porter, Sheehan, Furlong, Molloy, Baird, Deegan, Penny, Doris.
            """);
        var people = Names(entities, EntityType.Person);

        Assert.Contains("Keenan", people);
        Assert.Contains("Ringrose", people);
        Assert.Contains("Van den Berg", people);
        Assert.Contains("Doris", people);
        Assert.DoesNotContain(entities, entity => entity.Type != EntityType.Person && entity.Name is "Ringrose" or "Van" or "Penny" or "Porter");
    }

    [Fact]
    public void A_listed_company_the_tagger_missed_is_found_when_the_text_speaks_of_it_as_a_firm()
    {
        var organisations = Names(Extract("""
            Drugmakers raced to catch up. Pfizer, which bought a rival developer last year, said its own pill would reach pharmacies
            in 2027. Analysts at Republic of Korea's state lender were unconvinced.
            """), EntityType.Organisation);

        Assert.Contains("Pfizer", organisations);
        Assert.DoesNotContain("Republic", organisations); // the start of a longer name
    }

    [Fact]
    public void A_listed_company_word_that_is_the_surname_of_someone_named_in_full_is_no_company()
    {
        var entities = Extract("""
            Dr Alan Pfizer, a retired GP, chaired the panel. Pfizer, which the panel's report calls a fair broker, said shares of
            local firms would not be affected.
            """);

        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Organisation && entity.Name == "Pfizer");
    }

    [Fact]
    public void A_body_named_before_its_country_is_an_organisation_and_the_country_a_place_inside_it()
    {
        var entities = Extract("""
            A Harbourline Asia poll published on Monday put the opposition ahead. Flights were cleared by the navigation agency
            SkyGuide Indonesia, and the lender QNB Egypt raised its rates. Officials at Export Credit Agency Canada said the loan
            was signed, and the charity Fenwick Trust Kenya opened a clinic in Kisumu.
            """);
        var organisations = Names(entities, EntityType.Organisation);
        var places = Names(entities, EntityType.Place);

        Assert.Superset(new HashSet<string> { "Harbourline Asia", "SkyGuide Indonesia", "QNB Egypt", "Export Credit Agency Canada", "Fenwick Trust Kenya" }, organisations);
        Assert.Superset(new HashSet<string> { "Indonesia", "Egypt", "Canada", "Kenya" }, places);
    }

    [Fact]
    public void Words_before_a_country_that_make_no_body_stay_apart_from_it()
    {
        var entities = Extract("""
            While Ireland voted, the campaign in Southeast Asia stalled. Meanwhile Iraq sent troops, and the film Hotel Rwanda
            was shown in Kigali. Hardliners in Imperial Japan are a subject of her book. Analysts said Muslim Pakistan and
            Catholic Poland would both object. Supporters waved Love Taiwan banners, and veterans of the Quit India movement
            marched past.
            """);
        var organisations = Names(entities, EntityType.Organisation);

        Assert.DoesNotContain(organisations, name => name.EndsWith("Ireland", StringComparison.Ordinal) || name.EndsWith("Asia", StringComparison.Ordinal)
            || name.EndsWith("Iraq", StringComparison.Ordinal) || name.EndsWith("Rwanda", StringComparison.Ordinal)
            || name.EndsWith("Japan", StringComparison.Ordinal) || name.EndsWith("Pakistan", StringComparison.Ordinal)
            || name.EndsWith("Poland", StringComparison.Ordinal) || name.EndsWith("Taiwan", StringComparison.Ordinal)
            || name.EndsWith("India", StringComparison.Ordinal));
        Assert.Superset(new HashSet<string> { "Ireland", "Southeast Asia", "Iraq", "Rwanda", "Pakistan", "Poland", "Taiwan", "India" }, Names(entities, EntityType.Place));
    }

    [Fact]
    public void A_body_named_by_a_place_and_a_title_word_before_its_head_is_found_whole_also_before_and_the()
    {
        var entities = Extract("""
            The operation brings together the Tamale Armed Forces, the Volta Police Service and the Forestry Commission. Cadets of
            the Nakuru Military Academy marched past, and the Permanent People's Tribunal and the Bar Council heard the case.
            """);
        var organisations = Names(entities, EntityType.Organisation);

        Assert.Superset(new HashSet<string> { "Volta Police Service", "Nakuru Military Academy", "Forestry Commission" }, organisations);
        Assert.DoesNotContain("Volta Police", organisations);
        // A capitalised word before "People's" belongs to a longer name than the rule reads.
        Assert.DoesNotContain("People's Tribunal", organisations);
    }

    [Fact]
    public void A_word_read_as_a_person_that_opens_an_organisations_name_is_its_short_name_unless_a_person_bears_it()
    {
        var entities = Extract("""
            The Drumbeck Party won the vote on Sunday. Drumbeck will now lead the coalition, and Drumbeck leader Ana Roth said so.
            The Hallam Trust paid for the study, and its founder Peter Hallam said Hallam would fund another.
            """);

        Assert.Contains(entities, entity => entity.Type == EntityType.Organisation && entity.Name == "Drumbeck Party" && entity.Aliases.Contains("Drumbeck"));
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Person && entity.Name == "Drumbeck");
        // A person of the article bears the word: the short name stays his.
        Assert.DoesNotContain(entities, entity => entity.Type == EntityType.Organisation && entity.Aliases.Contains("Hallam"));
    }

    [Fact]
    public void A_rating_agency_named_by_its_first_word_later_is_the_agency()
    {
        var entities = Extract("""
            Norvale Ratings cut the province's credit rating on Friday, citing its deficit. Norvale said the outlook was stable.
            """);

        Assert.Contains(entities, entity => entity.Type == EntityType.Organisation && entity.Name == "Norvale Ratings" && entity.Aliases.Contains("Norvale"));
        Assert.DoesNotContain(entities, entity => entity.Name == "Norvale");
    }

    [Fact]
    public void A_country_named_for_its_team_stays_a_place_and_a_city_named_for_its_club_is_the_club()
    {
        var entities = Extract("""
            Scotland beat Wales 27-13 at Murrayfield on Saturday to keep their title hopes alive, and England lost 20-18 to Ireland
            in Dublin. Chelsea beat Arsenal 2-1 in the league, with two goals in the second half. The coach praised the defence
            after the win, and the captain scored a try in the first half.
            """);
        var places = Names(entities, EntityType.Place);

        Assert.Superset(new HashSet<string> { "Scotland", "Wales", "England", "Ireland" }, places);
        Assert.Contains("Chelsea", Names(entities, EntityType.Organisation));
    }

    [Fact]
    public void In_a_match_report_a_venue_named_after_at_or_to_is_a_place()
    {
        var entities = Extract("""
            The Oilers beat the Flames 4-2 on Tuesday to level the series at 2-2. Leon Draisaitl scored twice and the coach praised
            the power play after the win. Game 5 is on Thursday at Harbourfront Place, and the series then moves back
            to the Northland Bank Centre in Calgary, where the Flames have won three straight games. The goalkeeper made 31 saves.
            """);
        var places = Names(entities, EntityType.Place);

        Assert.Contains("Harbourfront Place", places);
        Assert.Contains("Northland Bank Centre", places);
    }

    [Fact]
    public void A_listed_body_made_an_adjective_by_a_hyphen_is_still_found_but_a_hyphen_to_another_name_goes_on()
    {
        var organisations = Names(Extract("""
            Council members voted against the ANC-led coalition on Monday after a week of water cuts in the city.
            The agency Sapa-AFP first reported the vote, and anti-ANC protesters gathered outside the chamber.
            """), EntityType.Organisation);

        Assert.Contains("ANC", organisations);
        Assert.Contains("Sapa-AFP", organisations);
        Assert.DoesNotContain("AFP", organisations);
    }

    [Fact]
    public void A_place_span_opened_by_a_bodys_capitals_is_the_body_and_waters_named_head_first_are_places()
    {
        var entities = Extract("""
            Patients in NHS Scotland wait longer than ever, the opposition said, and fighting in DR Congo went on.
            A low-pressure trough over the Bay of Bengal was feeding the rain, forecasters said on Tuesday.
            """);

        Assert.Contains("NHS Scotland", Names(entities, EntityType.Organisation));
        var places = Names(entities, EntityType.Place);
        Assert.Contains("DR Congo", places);
        Assert.Contains("Bay of Bengal", places);
        Assert.DoesNotContain("NHS Scotland", places);
    }

    [Fact]
    public void A_listed_agency_is_found_before_its_kind_in_lower_case_though_a_longer_listed_name_starts_so()
    {
        // "Yonhap News Agency" is listed too; matched without case, it had hidden the "Yonhap" written here.
        var organisations = Names(Extract("Lee was jailed. Yonhap news agency reports that he will be taken to Uiwang."), EntityType.Organisation);

        Assert.Contains("Yonhap", organisations);
    }
}
