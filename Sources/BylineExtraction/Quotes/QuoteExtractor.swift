/// Finds the quotations of one article and attributes them to its entities: direct quotes
/// (`QuoteScanner`), their speakers (`AttributionSieve`, `SpeakerResolver`), and reported
/// speech (`ReportedSpeechFinder`).
public struct QuoteExtractor: Sendable {
    public init() {}

    /// `entities` may be extended with speakers the recognizer missed; quotes point into it.
    public func extract(_ text: ArticleText, entities: inout [RecognizedEntity]) -> [ExtractedQuote] {
        extract(TokenizedText(text), entities: &entities)
    }

    public func extract(_ tokenized: TokenizedText, entities: inout [RecognizedEntity]) -> [ExtractedQuote] {
        let context = AttributionContext(tokenized, quotes: QuoteScanner().scan(tokenized.text))
        let decided = AttributionSieve().attribute(context)
        var resolver = SpeakerResolver(context: context, index: EntityIndex(entities))
        var quotes: [ExtractedQuote] = []
        var byQuote: [Int: Int] = [:]
        for index in context.quotes.indices {
            let site = QuoteSite(quote: index, in: context)
            let attribution = decided[index]
            var quote = ExtractedQuote(
                span: context.quotes[index].content,
                kind: QuoteKindClassifier().kind(of: site, attribution: attribution, in: context))
            if let previous = attribution?.continues, let earlier = byQuote[previous].map({ quotes[$0] }) {
                quote.speaker = earlier.speaker
                quote.speakerText = earlier.speakerText
                quote.speakerSpan = earlier.speakerSpan
                quote.cue = earlier.cue
                quote.cueSpan = earlier.cueSpan
            } else if let cue = attribution?.cue {
                let speaker = resolver.resolve(cue.speaker)
                quote.speaker = speaker.entity
                quote.speakerText = speaker.text
                quote.speakerSpan = speaker.span
                let cueSpan = context.span(of: cue.verbTokens)
                quote.cue = context.text[cueSpan]
                quote.cueSpan = cueSpan
            }
            byQuote[index] = quotes.count
            quotes.append(quote)
        }
        entities = resolver.index.entities
        return quotes
    }
}
