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
        var context = RecognitionContext(text: text, lexicon: lexicon)
        let chunkers = text.sentences.map { NameChunker(context: context, sentence: $0.tokens) }
        context.capitalizedInside = capitalizedInside(context, chunkers: chunkers)
        let builder = CandidateBuilder(context: context)
        var candidates: [Candidate] = []
        for (sentence, chunker) in zip(text.sentences, chunkers) {
            let chunker = NameChunker(context: context, isHeadlineStyle: chunker.isHeadlineStyle)
            for chunk in chunker.chunks(in: sentence.tokens) {
                candidates += builder.candidates(in: chunk, sentenceStart: sentence.tokens.lowerBound)
            }
        }
        return EntityLinker(candidates: candidates, lexicon: lexicon).link()
    }

    /// Common words seen capitalised away from a sentence start: there, capitals mean a name
    /// (only common words are ever asked about).
    private func capitalizedInside(_ context: RecognitionContext, chunkers: [NameChunker]) -> Set<String> {
        var words: Set<String> = []
        let text = context.text
        for (sentence, chunker) in zip(text.sentences, chunkers) where !chunker.isHeadlineStyle {
            var seenWord = false
            for index in sentence.tokens where text.tokens[index].kind == .word {
                let token = text.tokens[index]
                if seenWord, token.isCapitalized, !token.isAllCaps, context.facts[index].contains(.common) {
                    words.insert(token.text)
                }
                seenWord = true
            }
        }
        return words
    }
}
