/// Finds the quotations of one article and attributes them to its entities: direct quotes
/// (`QuoteScanner`), their cues (`AttributionSieve`), reported speech
/// (`ReportedSpeechFinder`), and the speakers behind every cue (`SpeakerResolver`).
public struct QuoteExtractor: Sendable {
    public init() {}

    /// `entities` may be extended with speakers the recognizer missed; quotes point into it.
    public func extract(_ text: ArticleText, entities: inout [RecognizedEntity]) -> [ExtractedQuote] {
        extract(TokenizedText(text), entities: &entities)
    }

    public func extract(_ tokenized: TokenizedText, entities: inout [RecognizedEntity]) -> [ExtractedQuote] {
        let context = AttributionContext(tokenized, quotes: QuoteScanner().scan(tokenized.text))
        var assembler = QuoteAssembler(
            context: context, decided: AttributionSieve().attribute(context),
            reported: ReportedSpeechFinder().find(in: context), index: EntityIndex(entities))
        let quotes = assembler.assemble()
        entities = assembler.index.entities
        return quotes
    }
}
