import BylineExtraction
import BylineModel

/// Accumulates the per-article entities merged into one corpus entity.
struct EntityBuilder {
    private var names: [String: (count: Int, first: Int)] = [:]
    private var surfaceForms: [String] = []
    private var titleList: [String] = []
    private var typeWeights = TypeWeights()
    private(set) var mentions: [LinkedMention] = []
    private(set) var articles: [Int] = []
    /// Where the current article's mentions begin: two merged entities of one article
    /// interleave, and mentions stay in text order.
    private var articleStart = 0

    var mentionCount: Int { mentions.count }

    /// Adds one article's entity (its mentions already checked against the text).
    mutating func add(_ entity: PreparedArticle.Entity, article: Int) {
        if let seen = names.index(forKey: entity.name) {
            names.values[seen].count += 1
        } else {
            names[entity.name] = (1, names.count)
        }
        if !surfaceForms.contains(entity.name) { surfaceForms.append(entity.name) }
        for form in entity.aliases where !surfaceForms.contains(form) { surfaceForms.append(form) }
        for title in entity.titles where !titleList.contains(title) { titleList.append(title) }
        typeWeights[entity.type] += max(entity.mentions.count, 1)
        // An entity's mentions come sorted: only a second entity merged in the same article
        // needs the article's mentions sorted again.
        let merging = articles.last == article
        if !merging {
            articles.append(article)
            articleStart = mentions.count
        }
        for (span, text) in entity.mentions {
            mentions.append(LinkedMention(article: article, start: span.start, end: span.end, text: text))
        }
        if merging { mentions[articleStart...].sort { ($0.start, $0.end) < ($1.start, $1.end) } }
    }

    /// The longest name seen ("the longest proper name"); ties: most seen, then first seen.
    /// A better spelling more articles use wins over it (`EntityBuilder+CanonicalName.swift`).
    var canonicalName: String {
        Self.canonicalName(among: names.map { ($0.key, $0.value.count, $0.value.first) })
    }

    var type: EntityType {
        EntityType.allCases.reversed().max { typeWeights[$0] < typeWeights[$1] } ?? .person
    }

    func entity(id: String) -> Entity {
        let name = canonicalName
        return Entity(
            id: id, name: name, type: type, aliases: surfaceForms.filter { $0 != name }, titles: titleList,
            mentionCount: mentions.count, articleCount: articles.count)
    }
}
