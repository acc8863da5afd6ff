import BylineModel

/// An entity seen in the same articles as another, with how many articles they share.
public struct RelatedEntity: Codable, Sendable, Hashable {
    /// The related entity, without mentions.
    public var entity: Entity
    /// Articles mentioning both.
    public var sharedArticles: Int

    public init(entity: Entity, sharedArticles: Int) {
        self.entity = entity
        self.sharedArticles = sharedArticles
    }
}
