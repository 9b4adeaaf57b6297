using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).SelectMany(s => s.Tokens).Select(t => t.Text).ToArray();

    private static string[] Sentences(string text) =>
        Tokenizer.Tokenize(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Token_offsets_point_back_into_the_original_text()
    {
        const string text = "ISLAMABAD: Field Marshal Munir’s visit to “Lachin” — the U.S. said.\n\nSecond  paragraph.";

        var tokens = Tokenizer.Tokenize(text).SelectMany(s => s.Tokens).ToList();

        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
        Assert.Equal(tokens.OrderBy(t => t.Start), tokens);
    }

    [Fact]
    public void Splits_words_and_punctuation_of_a_plain_sentence()
    {
        Assert.Equal(["He", "met", "Ilham", "Aliyev", "in", "Baku", ",", "Azerbaijan", "."], Words("He met Ilham Aliyev in Baku, Azerbaijan."));
    }

    [Fact]
    public void A_slash_joins_digits_and_capitals_but_separates_two_names()
    {
        // "North Korea/South Korea" was one token "Korea/South", so the tagger found a place "North Korea/South Korea".
        Assert.Equal(["24/7", "AC/DC", "Japan", "/", "China", "and", "North", "Korea", "/", "South", "Korea"], Words("24/7 AC/DC Japan/China and North Korea/South Korea"));
    }

    [Fact]
    public void Keeps_the_full_stop_on_abbreviations_initials_and_dotted_acronyms()
    {
        Assert.Equal(
            ["Gen.", "Munir", "and", "Dr.", "J.", "K.", "Rowling", "met", "U.S.", "envoys", "on", "Jan.", "5", ",", "e.g.", "today", "."],
            Words("Gen. Munir and Dr. J. K. Rowling met U.S. envoys on Jan. 5, e.g. today."));
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_the_sentence()
    {
        Assert.Single(Sentences("Gen. Munir met Mr. Dar and J. K. Rowling in the U.S. Capitol on Jan. 5."));
    }

    [Fact]
    public void The_platform_x_at_a_sentences_end_is_no_initial()
    {
        // A fresh set of South Asian news had a spokesman "X. Sharafat" from "said on X. Sharafat said".
        Assert.Equal(
            ["The spokesman said on X.", "Sharafat said talks would go on."],
            Sentences("The spokesman said on X. Sharafat said talks would go on."));
    }

    [Fact]
    public void A_dotted_acronym_ends_the_sentence_only_before_a_typical_opener()
    {
        Assert.Equal(
            ["He met U.S. President Trump in the U.S.", "The talks went well."],
            Sentences("He met U.S. President Trump in the U.S. The talks went well."));
    }

    [Fact]
    public void Splits_sentences_at_stops_question_and_exclamation_marks()
    {
        Assert.Equal(
            ["The talks ended.", "Will they resume?", "Yes!", "Officials agreed."],
            Sentences("The talks ended. Will they resume? Yes! Officials agreed."));
    }

    [Fact]
    public void Closing_quotes_stay_with_the_sentence_they_close()
    {
        Assert.Equal(["He said, “We are ready.”", "Then he left."], Sentences("He said, “We are ready.” Then he left."));
    }

    [Fact]
    public void A_stop_followed_by_a_lower_case_word_does_not_end_the_sentence()
    {
        Assert.Single(Sentences("Prices rose 3.5 per cent. in May and fell later."));
    }

    [Fact]
    public void Splits_the_possessive_s_off_with_straight_and_curly_apostrophes()
    {
        Assert.Equal(["Pakistan", "'s", "and", "Munir", "’s", "ties"], Words("Pakistan's and Munir’s ties"));
    }

    [Fact]
    public void Keeps_apostrophes_inside_names_and_contractions()
    {
        Assert.Equal(["O'Brien", "didn't", "go", "and", "can`t"], Words("O'Brien didn't go and can`t"));
    }

    [Fact]
    public void Splits_hyphens_between_letters_so_joined_place_names_can_be_found()
    {
        Assert.Equal(
            ["Pakistan", "-", "Turkiye", "-", "Azerbaijan", "Trilateral", "Summit", "and", "Inter", "-", "Services", "Public", "Relations"],
            Words("Pakistan-Turkiye-Azerbaijan Trilateral Summit and Inter-Services Public Relations"));
    }

    [Fact]
    public void Keeps_hyphens_next_to_digits_inside_the_word()
    {
        Assert.Equal(["F-16", "jets", "on", "2025-05-28", "at", "10:30", "for", "$", "1,000.50"], Words("F-16 jets on 2025-05-28 at 10:30 for $1,000.50"));
    }

    [Fact]
    public void Dashes_are_tokens_of_their_own()
    {
        Assert.Equal(["Lachin", ",", "Azerbaijan", ".", "—", "ISPR", "a", "–", "b", "--", "c"], Words("Lachin, Azerbaijan. —ISPR a–b -- c"));
    }

    [Fact]
    public void Separates_the_colon_of_an_all_caps_dateline()
    {
        var sentences = Tokenizer.Tokenize("RAWALPINDI: Field Marshal Syed Asim Munir called on the minister.");

        Assert.Equal(["RAWALPINDI", ":", "Field"], sentences[0].Tokens.Take(3).Select(t => t.Text));
    }

    [Fact]
    public void Keeps_urls_and_email_addresses_whole()
    {
        Assert.Equal(
            ["See", "https://www.ispr.gov.pk/press?id=7", "or", "write", "to", "press@example.org", "."],
            Words("See https://www.ispr.gov.pk/press?id=7 or write to press@example.org."));
    }

    [Fact]
    public void A_blank_line_always_ends_a_sentence()
    {
        Assert.Equal(["Trilateral Summit in Lachin", ".", "Accompanying him were officials."],
            Sentences("Trilateral Summit in Lachin\n\n. Accompanying him were officials."));
    }

    [Fact]
    public void A_headline_line_without_final_punctuation_is_a_sentence_of_its_own()
    {
        Assert.Equal(
            ["Focus on Strengthening Defence Cooperation", "According to an ISPR statement, talks went well."],
            Sentences("Focus on Strengthening Defence Cooperation\nAccording to an ISPR statement, talks went well."));
    }

    [Fact]
    public void A_line_wrapped_mid_sentence_continues_the_sentence()
    {
        Assert.Single(Sentences("The minister said the talks\nwould resume next week."));
    }

    [Fact]
    public void Ellipses_are_single_tokens()
    {
        Assert.Equal(["Wait", "...", "what", "…"], Words("Wait... what…"));
    }

    [Fact]
    public void Empty_or_blank_text_has_no_sentences()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\n\t "));
    }
}
