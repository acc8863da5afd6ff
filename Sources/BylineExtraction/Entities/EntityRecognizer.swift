/// Finds, types and merges the named entities of one article: capitalised runs become
/// candidates (titles split off, junk dropped), each candidate gathers evidence, and the
/// linker merges short forms into full names and types each entity by all its mentions.
public struct EntityRecognizer: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    public func recognize(_ text: ArticleText) -> [RecognizedEntity] {
        recognize(TokenizedText(text))
    }

    public func recognize(_ text: TokenizedText) -> [RecognizedEntity] {
        let builder = CandidateBuilder(
            text: text, lexicon: lexicon, capitalizedInside: capitalizedInside(text))
        var candidates: [Candidate] = []
        for sentence in text.sentences {
            let chunker = NameChunker(tokens: text.tokens, sentence: sentence.tokens, lexicon: lexicon)
            for chunk in chunker.chunks(in: sentence.tokens) {
                candidates += builder.candidates(in: chunk, sentenceStart: sentence.tokens.lowerBound)
            }
        }
        return EntityLinker(candidates: candidates).link()
    }

    /// Capitalised words seen away from a sentence start: there, capitals mean a name.
    private func capitalizedInside(_ text: TokenizedText) -> Set<String> {
        var words: Set<String> = []
        for sentence in text.sentences {
            let chunker = NameChunker(tokens: text.tokens, sentence: sentence.tokens, lexicon: lexicon)
            if chunker.isHeadlineStyle { continue }
            var seenWord = false
            for token in text.tokens[sentence.tokens] {
                if token.kind == .word {
                    if seenWord, token.isCapitalized, !token.isAllCaps { words.insert(token.text) }
                    seenWord = true
                }
            }
        }
        return words
    }
}
