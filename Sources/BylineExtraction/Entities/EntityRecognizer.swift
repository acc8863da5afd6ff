/// Finds, types and merges the named entities of one article.
public struct EntityRecognizer: Sendable {
    public init() {}

    public func recognize(_ text: ArticleText) -> [RecognizedEntity] {
        []  // placeholder until the entities work lands
    }
}
