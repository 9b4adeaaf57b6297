using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Rules;

/// <summary>
/// "Pacto Histórico", "Movimiento al Socialismo", "Rassemblement National", "Comisiones Obreras", "Fratelli d'Italia",
/// "Barisan Nasional": parties, unions and institutions named in Spanish, Portuguese, French, Italian or Malay open with
/// a word that says what they are, which the tagger, trained on English, took for a person's given name or missed. Such a
/// word and the capitalised words after it (with "de", "al", "d'" and the like between) are an organisation, whatever the
/// tagger made of them. Not the word alone, not inside a longer name ("High Tribunal Court"), and not the English words
/// that are also French, Spanish or Italian ("Union", "Front", "Tribunal", "Camera").
/// </summary>
internal static class ForeignBodyNames
{
    private const int MaxWords = 6;
    private const int MaxConnectors = 2; // "de la", "por la", "de los"

    // With the Spanish words that open only clubs' names (TeamContext.SpanishClubWords): "Independiente Medellín".
    private static readonly HashSet<string> Heads = new(TeamContext.SpanishClubWords, StringComparer.Ordinal)
    {
        // Spanish
        "Partido", "Alianza", "Pacto", "Frente", "Movimiento", "Unión", "Coalición", "Fuerza", "Comisiones", "Confederación",
        "Federación", "Asociación", "Sindicato", "Fundación", "Instituto", "Consejo", "Comisión", "Ministerio", "Secretaría",
        "Procuraduría", "Fiscalía", "Contraloría", "Defensoría", "Registraduría", "Superintendencia", "Corporación", "Agrupación",
        "Convergencia", "Izquierda", "Renovación", "Cámara", "Asamblea", "Juzgado",
        // Portuguese
        "Aliança", "Movimento", "União", "Fundação", "Conselho", "Comissão", "Ministério", "Secretaria", "Procuradoria",
        "Confederação", "Federação", "Associação", "Câmara", "Assembleia", "Supremo", "Polícia",
        // French
        "Parti", "Rassemblement", "Mouvement", "Confédération", "Fédération", "Conseil", "Ministère", "Institut", "Fondation",
        "Assemblée", "Syndicat", "Cour", "Société", "Régie", "Caisse",
        // Italian
        "Partito", "Lega", "Forza", "Fratelli", "Confederazione", "Consiglio", "Ministero", "Istituto", "Fondazione", "Procura",
        "Corte", "Guardia",
        // Malay and Indonesian ("Parti" is French's too)
        "Barisan", "Pakatan", "Perikatan", "Gabungan", "Partai", "Persatuan", "Pertubuhan", "Angkatan", "Kesatuan", "Majlis",
        "Majelis", "Dewan", "Suruhanjaya", "Kementerian", "Lembaga", "Badan", "Komisi",
        // Banks, companies and universities
        "Banco", "Caja", "Caixa", "Aerolíneas", "Petróleos", "Universidad", "Universidade", "Università", "Université",
    };

    // Squares and streets among them: "Praça dos Três Poderes", "Avenida de Mayo". Not every street word of
    // NameWords.OpensWithStreetWord: "Place" and "Boulevard" open English text too.
    private static readonly FrozenSet<string> PlaceHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Palacio", "Palácio", "Palazzo", "Plaza", "Praça", "Piazza", "Estadio", "Estádio", "Ciudad", "Cidade", "Isla", "Ilha",
        "Cerro", "Lago", "Bahía", "Avenida", "Calle", "Rua", // not "Sierra": "Sierra Leone", "Sierra Club"
    ]);

    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.Ordinal,
    [
        "de", "del", "al", "la", "las", "los", "el", "y", "e", "da", "do", "dos", "das", "du", "des", "d'", "di", "della", "dello",
        "delle", "degli", "per", "pour", "et", "en", "a", "à", "para", "por",
    ]);

    /// <summary>Whether a name of two words or more opens with a word that says it is a body: "Pakatan Harapan", "Partido Verde".</summary>
    public static bool OpensBodysName(string name) => name.IndexOf(' ') is > 0 and var space && Heads.Contains(name[..space]);

    public static void Add(SentenceText sentence, List<NameMention> found)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first + 1 < tokens.Length; first++)
        {
            var type = Heads.Contains(tokens[first].Text) ? EntityType.Organisation
                : PlaceHeads.Contains(tokens[first].Text) ? EntityType.Place
                : (EntityType?)null;
            if (type is null || (first > 0 && char.IsUpper(tokens[first - 1].Text[0]) && tokens[first - 1].Text != "The")) continue;
            var (end, words) = NameWords.WordRun(tokens, first, MaxWords, index => IsNameWord(tokens, index), Connectors.Contains, MaxConnectors);
            if (words < 2) continue;
            if (NameWords.IsNumberAfterNo(tokens, end))
            {
                end++; // "Sindicato No. 1": a union's number is its name's, and the name may go on ("... de Trabajadores de Minera Escondida")
                if (end + 1 < tokens.Length && Connectors.Contains(tokens[end].Text) && IsNameWord(tokens, end + 1))
                {
                    end = NameWords.WordRun(tokens, end + 1, MaxWords, index => IsNameWord(tokens, index), Connectors.Contains, MaxConnectors).End;
                }
            }

            var mention = sentence.Mention(type.Value, first, end) with { IsCertain = true };
            if (!found.Any(mention.Overlaps)) found.Add(mention);
            first = end - 1;
        }
    }

    // "d'Italia" is one token after the tokenizer, or "d'" and "Italia"; a hyphen joins two words with no space ("Café-Cacao").
    private static bool IsNameWord(Token[] tokens, int index)
    {
        var word = tokens[index].Text;
        if (word == "-")
        {
            return NameWords.IsHyphenInWord(tokens, index) && char.IsUpper(tokens[index - 1].Text[0]) && char.IsUpper(tokens[index + 1].Text[0]);
        }

        if (word.StartsWith("d'", StringComparison.Ordinal) || word.StartsWith("d\u2019", StringComparison.Ordinal)) word = word[2..];
        return word.Length > 0 && char.IsUpper(word[0]) && !SentenceWords.IsDateWord(word);
    }
}
