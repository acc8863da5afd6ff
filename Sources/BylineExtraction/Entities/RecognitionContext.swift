/// One article as the recognizer's parts see it: tokens, sentences, what the lists know
/// about each token (looked up once), and which words the article capitalises mid-sentence.
struct RecognitionContext {
    let text: TokenizedText
    let lexicon: Lexicon
    /// `facts[i]` is what the lists know about `text.tokens[i].text`.
    let facts: [WordFacts]
    /// Words seen capitalised away from a sentence start (outside capitals or title-case lines).
    var capitalizedInside: Set<String> = []

    init(text: TokenizedText, lexicon: Lexicon) {
        self.text = text
        self.lexicon = lexicon
        self.facts = text.tokens.map { $0.kind == .word ? lexicon.facts(for: $0.text) : [] }
    }

    var tokens: [Token] { text.tokens }

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
