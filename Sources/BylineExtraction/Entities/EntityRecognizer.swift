/// Finds, types and merges the named entities of one article: capitalised runs become
/// candidates (titles split off, junk dropped), each candidate gathers evidence, and the
/// linker merges short forms into full names and types each entity by all its mentions.
public struct EntityRecognizer: Sendable {
    public var lexicon: Lexicon {
        get { store.lexicon }
        set { store = LexiconStore(newValue) }
    }
    /// The lexicon behind one reference, which each article's context shares (see `LexiconStore`).
    private var store: LexiconStore

    public init(lexicon: Lexicon = .shared) {
        store = LexiconStore(lexicon)
    }

    public func recognize(_ text: ArticleText) -> [RecognizedEntity] {
        recognize(TokenizedText(text))
    }

    public func recognize(_ text: TokenizedText) -> [RecognizedEntity] {
        let context = RecognitionContext(text: text, store: store)
        let builder = CandidateBuilder(context: context)
        // Sized for a typical article up front: grown by doubling, the candidates (and their
        // strings) were copied several times.
        var candidates: [Candidate] = []
        candidates.reserveCapacity(text.tokens.count / 16 + 8)
        var chunks: [Range<Int>] = []
        chunks.reserveCapacity(text.tokens.count / 16 + 8)
        for (sentence, isHeadlineStyle) in zip(text.sentences, context.headlineStyle) {
            let chunker = NameChunker(context: context, isHeadlineStyle: isHeadlineStyle)
            chunks.removeAll(keepingCapacity: true)
            chunker.chunks(in: sentence.tokens, into: &chunks)
            for chunk in chunks {
                builder.candidates(in: chunk, sentenceStart: sentence.tokens.lowerBound, into: &candidates)
            }
        }
        return EntityLinker(candidates: candidates, context: context).link()
    }
}
