/// One article as the recognizer's parts see it: tokens, sentences, what the lists know
/// about each token (looked up once), and which words the article capitalises mid-sentence.
///
/// A class: the chunker, candidate builder, title splitter and evidence scorer each hold
/// it, and as a struct every one of those copies retained a dozen arrays and dictionaries.
final class RecognitionContext {
    let text: TokenizedText
    let tokens: [Token]
    /// The article's UTF-16 code units (`text.text.utf16`), which token spans index.
    let units: [UInt16]
    let lexicon: Lexicon
    /// `facts[i]` is what the lists know about `tokens[i].text` (empty for non-words).
    let facts: FactTable
    /// Listed words seen capitalised away from a sentence start (outside capitals or
    /// title-case lines), by word id (`FactTable.wordID`), sorted without repeats.
    var capitalizedInside: [Int32] = []

    init(text: TokenizedText, lexicon: Lexicon) {
        self.text = text
        self.tokens = text.tokens
        self.units = text.text.utf16
        self.lexicon = lexicon
        self.facts = FactTable(text: text, lexicon: lexicon)
    }

    /// Whether token `index` is a listed word the article capitalises mid-sentence.
    func isCapitalizedInside(_ index: Int) -> Bool {
        guard !capitalizedInside.isEmpty, let id = facts.wordID(index) else { return false }
        let low = capitalizedInside.partitioningIndex { $0 >= id }
        return low < capitalizedInside.count && capitalizedInside[low] == id
    }

    /// The name as the lists key it: tokens joined by single spaces.
    func key(_ range: Range<Int>) -> String {
        if range.count == 1 { return tokens[range.lowerBound].text }
        var key = ""
        for index in range {
            if index > range.lowerBound { key += " " }
            key += tokens[index].text
        }
        return key
    }

    /// Facts per token: looked up up front for capitalised words (every one is asked about),
    /// on demand for the others (only those next to a name are), which saves most lookups.
    /// Lookups go by the token's code units (`Lexicon.wordFacts`), not by a `String`.
    struct FactTable {
        let tokens: [Token]
        let units: [UInt16]
        let lexicon: Lexicon
        private let eager: [WordFacts]
        /// The word id of each token looked up up front, or -1.
        private let ids: [Int32]
        /// Marks a token of `eager` that was not looked up.
        private static let notLookedUp = WordFacts(rawValue: 1 << 31)

        init(text: TokenizedText, lexicon: Lexicon) {
            self.tokens = text.tokens
            self.units = text.text.utf16
            self.lexicon = lexicon
            var eager: [WordFacts] = []
            var ids: [Int32] = []
            eager.reserveCapacity(tokens.count)
            ids.reserveCapacity(tokens.count)
            lexicon.wordTable.withReader { table in
                text.text.utf16.withUnsafeBufferPointer { units in
                    // Kind and shape are read in place: copying each token retained its text.
                    for index in text.tokens.indices {
                        let kind = text.tokens[index].kind
                        let shape = text.tokens[index].shape
                        guard kind == .word, shape.contains(.capitalized) || shape.contains(.hyphenated) else {
                            eager.append(kind == .word ? Self.notLookedUp : [])
                            ids.append(-1)
                            continue
                        }
                        let span = text.tokens[index].span
                        let found = lexicon.wordFacts(
                            units, span.start..<span.end, text: text.tokens[index].text, in: table)
                        eager.append(found.facts)
                        ids.append(found.id ?? -1)
                    }
                }
            }
            self.eager = eager
            self.ids = ids
        }

        subscript(index: Int) -> WordFacts {
            let known = eager[index]
            return known.contains(Self.notLookedUp) ? lookUp(index).facts : known
        }

        /// The listed word token `index` is (equal ids: equal words), or nil.
        func wordID(_ index: Int) -> Int32? {
            if ids[index] >= 0 { return ids[index] }
            return eager[index].contains(Self.notLookedUp) ? lookUp(index).id : nil
        }

        private func lookUp(_ index: Int) -> (facts: WordFacts, id: Int32?) {
            let token = tokens[index]
            return lexicon.wordTable.withReader { table in
                units.withUnsafeBufferPointer { units in
                    lexicon.wordFacts(units, token.span.start..<token.span.end, text: token.text, in: table)
                }
            }
        }
    }
}
