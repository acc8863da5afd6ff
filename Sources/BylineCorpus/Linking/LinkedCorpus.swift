import BylineModel

/// Entities with corpus-wide ids, and the relations between them and the articles and quotes
/// by position: what linking adds to a load's prepared articles.
struct LinkedCorpus: Sendable {
    /// Without mentions; counts are corpus-wide.
    var entities: [Entity]
    /// Per entity, in article order then text order.
    var mentions: [[LinkedMention]]
    /// Per entity, the articles mentioning it, ascending.
    var entityArticles: IntGroups
    /// Per article, the entities it mentions, ascending.
    var articleEntities: IntGroups
    /// Per quote in corpus order (articles newest first, each article's in text order), its
    /// speaker's entity, or -1.
    var quoteSpeaker: [Int32]
}
