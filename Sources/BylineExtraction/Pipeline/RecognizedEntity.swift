import BylineModel

/// One real-world thing named in one article, before corpus-wide linking gives it an id.
public struct RecognizedEntity: Sendable, Hashable {
    /// The canonical (longest proper) name: "Vladimir Putin".
    public var name: String
    public var type: EntityType
    /// Other surface forms seen in the article: "Putin".
    public var aliases: [String]
    /// Roles seen with the name: "Russian President".
    public var titles: [String]
    /// Every occurrence, short forms included, in text order.
    public var mentions: [TextSpan]
    /// For pronoun resolution; `nil` when unknown or not a person.
    public var gender: Gender?

    public enum Gender: String, Sendable, Hashable { case female, male }

    public init(
        name: String, type: EntityType, aliases: [String] = [], titles: [String] = [],
        mentions: [TextSpan] = [], gender: Gender? = nil
    ) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.titles = titles
        self.mentions = mentions
        self.gender = gender
    }
}
