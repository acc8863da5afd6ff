/// Finds the quotations of one article and attributes them to its entities.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// `entities` may be extended with speakers the recognizer missed; quotes point into it.
    public func extract(
        _ text: ArticleText, entities: inout [RecognizedEntity]
    ) -> [ExtractedQuote] {
        []  // placeholder until the quotes work lands
    }
}
