import BylineModel

@testable import BylineExtraction

/// Recognizes entities in paragraphs written for the tests (no third-party text).
struct Recognized {
    let text: ArticleText
    let entities: [RecognizedEntity]

    init(_ paragraphs: String...) {
        text = ArticleText(paragraphs: paragraphs)
        entities = EntityRecognizer().recognize(text)
    }

    func named(_ name: String) -> RecognizedEntity? {
        entities.first { $0.name == name || $0.aliases.contains(name) }
    }

    func type(of name: String) -> EntityType? { named(name)?.type }

    /// Every surface form any entity was found under.
    var surfaces: Set<String> { Set(entities.flatMap { [$0.name] + $0.aliases }) }

    func mentionTexts(_ name: String) -> [String] {
        named(name)?.mentions.map { text[$0] } ?? []
    }
}
