/// One article as the recognizer's parts see it: tokens, sentences, what the lists know
/// about each token (looked up once), and which words the article capitalises mid-sentence.
struct RecognitionContext {
    let text: TokenizedText
    let lexicon: Lexicon
    /// `facts[i]` is what the lists know about `text.tokens[i].text`.
    let facts: FactTable
    /// Words seen capitalised away from a sentence start (outside capitals or title-case lines).
    var capitalizedInside: Set<String> = []

    init(text: TokenizedText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        self.facts = FactTable(tokens: text.tokens, lexicon: lexicon)
    }

    var tokens: [Token] { text.tokens }

    /// Facts per token: looked up up front for capitalised words (every one is asked about),
    /// on demand for the others (only those next to a name are), which saves most lookups.
    struct FactTable {
        let tokens: [Token]
        let lexicon: Lexicon
        private let eager: [WordFacts?]

        init(tokens: [Token], lexicon: Lexicon) {
            self.tokens = tokens
            self.lexicon = lexicon
            self.eager = tokens.map { token in
                guard token.kind == .word, token.isCapitalized || token.shape.contains(.hyphenated) else { return nil }
                return lexicon.facts(for: token.text)
            }
        }

        subscript(index: Int) -> WordFacts {
            if let known = eager[index] { return known }
            return tokens[index].kind == .word ? lexicon.facts(for: tokens[index].text) : []
        }
    }

    /// The name as the lists key it: tokens joined by single spaces.
    func key(_ range: Range<Int>) -> String {
        if range.count == 1 { return text.tokens[range.lowerBound].text }
        var key = ""
        for index in range {
            if index > range.lowerBound { key += " " }
            key += text.tokens[index].text
        }
        return key
    }
}
