/// Closed-class English words (conjunctions, discourse adverbs, indefinite pronouns,
/// prepositions, auxiliaries) and pronoun or negative contractions: capitalised only because
/// they open a sentence or a headline, never a name or the start of one (`So I would…`,
/// `Sadly, …`, `Nobody …`, `I’m`, `Don’t`). CoNLL's common-word list misses many of them:
/// sports and markets copy rarely opens a sentence with `Furthermore` or quotes `We’re`.
/// Words that are also given names (`Will`, `May`) are left out on purpose.
enum FunctionWords {
    static let lowercase: [String] = [
        // conjunctions and discourse adverbs
        "and", "but", "or", "nor", "so", "if", "then", "when", "while", "because", "although",
        "though", "since", "unless", "until", "whether", "after", "before", "once", "as", "also",
        "still", "yet", "thus", "hence", "therefore", "furthermore", "moreover", "nonetheless",
        "nevertheless", "however", "meanwhile", "instead", "indeed", "besides", "otherwise",
        "perhaps", "maybe", "lest", "anyway", "likewise", "accordingly", "consequently",
        "finally", "additionally", "ultimately", "overall", "regardless", "again", "even", "only",
        "just", "now", "well", "too", "very", "really", "yes", "yeah", "no", "not", "oh", "okay",
        "ok", "please", "thanks", "thank",
        // pronouns, determiners, question words
        "nobody", "everybody", "somebody", "anybody", "anyone", "everyone", "someone", "nothing",
        "something", "everything", "anything", "none", "each", "every", "all", "both", "either",
        "neither", "whoever", "whatever", "whichever", "whom", "whose", "which", "what", "who",
        "where", "why", "how", "there", "here", "me", "him", "them", "myself", "ourselves",
        "yourself", "himself", "herself", "itself", "themselves", "such",
        // prepositions
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "upon",
        "about", "above", "below", "under", "over", "through", "during", "without", "within",
        "against", "among", "between", "despite", "toward", "towards", "across", "behind",
        "beyond", "like", "unlike", "amid",
        // number words (`Ninety percent of …`)
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "dozens", "hundreds", "thousands", "millions",
        // auxiliaries
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have",
        "has", "had", "having", "would", "could", "should", "must", "shall", "might",
    ]

    /// Job titles written as acronyms (`Labour MP`, `MPs`): common nouns, never an entity.
    static let pluralRoles = ["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "CEO", "CEOs", "CFOs", "GPs"]

    static let contractionStems = [
        "i", "you", "we", "they", "he", "she", "it", "that", "there", "what", "who", "here", "let",
    ]
    static let contractionEndings = ["m", "re", "ve", "d", "ll", "s"]
    static let negatives = [
        "don", "doesn", "didn", "can", "won", "wouldn", "couldn", "shouldn", "isn", "aren", "wasn",
        "weren", "haven", "hasn", "hadn", "ain", "mustn", "needn",
    ]

    /// Every form to list: the capitalised word (lower case never reaches a name chunk), and
    /// the contractions with a straight or a curly apostrophe.
    static var capitalizedForms: [String] {
        func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
        var forms = lowercase.map(capitalized) + pluralRoles
        for apostrophe in ["'", "\u{2019}"] {
            for stem in contractionStems {
                forms += contractionEndings.map { capitalized(stem + apostrophe + $0) }
            }
            forms += negatives.map { capitalized($0 + apostrophe + "t") }
        }
        return forms
    }
}
