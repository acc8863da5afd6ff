/// Small word and mark sets the rules test tokens against, built once (a set literal
/// written inside a loop would be rebuilt on every call), as `WordClass`es: a test reads
/// the token's code units instead of hashing its `String`.
enum WordSets {
    static let andBut: WordClass = ["and", "but"]
    /// Auxiliaries of a passive before a participle (`was named`, `got called`).
    static let passiveAuxiliaries: WordClass = ["is", "was", "are", "were", "be", "been", "being", "get", "got", "gets"]
    static let asWord: WordClass = ["as"]
    static let byFromForEtc: WordClass = ["by", "from", "for", "after", "while", "without", "before", "upon"]
    static let colon: WordClass = [":"]
    static let colonEmDashDoubleHyphenEtc: WordClass = [":", "—", "--", "("]
    static let colonSemicolon: WordClass = [":", ";"]
    static let comma: WordClass = [","]
    static let commaColon: WordClass = [",", ":"]
    static let commaColonEmDashEtc: WordClass = [",", ":", "—", "--", "–"]
    static let commaEmDashDoubleHyphen: WordClass = [",", "—", "--"]
    static let forOfAtEtc: WordClass = ["for", "of", "at", "to", "from", "with", "by"]
    static let heSheTheyEtc: WordClass = ["he", "she", "they", "we", "it", "i"]
    static let ifWhetherUnless: WordClass = ["if", "whether", "unless"]
    static let it: WordClass = ["it"]
    static let isAreWasEtc: WordClass = ["is", "are", "was", "were"]
    static let isWasAreEtc: WordClass = ["is", "was", "are", "were", "been"]
    static let ofFromAt: WordClass = ["of", "from", "at"]
    static let semicolon: WordClass = [";"]
    static let socalledAs: WordClass = ["so-called", "as"]
    static let that: WordClass = ["that"]
    static let thatThisIt: WordClass = ["that", "this", "it"]
    static let the: WordClass = ["the"]
    static let to: WordClass = ["to"]
    static let toAs: WordClass = ["to", "as"]
    static let who: WordClass = ["who"]
}
