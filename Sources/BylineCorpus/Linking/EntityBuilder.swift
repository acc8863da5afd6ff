import BylineExtraction
import BylineModel

/// Accumulates the per-article entities merged into one corpus entity.
struct EntityBuilder {
    /// Each name seen, in the order first seen, with how many articles' entities had it.
    private var names: [(name: String, count: Int)] = []
    /// `names`' positions by name, made once there are more than a few (most entities have
    /// one to three names, found faster by a look along the list than by hashing).
    private var nameIndex: [String: Int]?
    private var surfaceForms: [String] = []
    private var titleList: [String] = []
    private var typeWeights = TypeWeights()
    private(set) var mentions: [LinkedMention] = []
    private(set) var articles: [Int] = []
    /// Where the current article's mentions begin: two merged entities of one article
    /// interleave, and mentions stay in text order.
    private var articleStart = 0

    /// Room for `mentions` mentions in `articles` articles (counted before adding).
    init(mentions: Int = 0, articles: Int = 0) {
        self.mentions.reserveCapacity(mentions)
        self.articles.reserveCapacity(articles)
    }

    var mentionCount: Int { mentions.count }

    /// The most names kept in a list alone.
    private static let listedNames = 8

    /// Adds one article's entity (its mentions already checked against the text), taking its
    /// aliases, titles and mentions out of it (`moveEach`): `entity` is left with empty ones.
    mutating func add(moving entity: inout PreparedArticle.Entity, article: Int) {
        countName(entity.name)
        if !surfaceForms.contains(entity.name) { surfaceForms.append(entity.name) }
        entity.aliases.moveEach(leaving: "") { form in
            if !surfaceForms.contains(form) { surfaceForms.append(form) }
        }
        entity.titles.moveEach(leaving: "") { title in
            if !titleList.contains(title) { titleList.append(title) }
        }
        typeWeights[entity.type] += max(entity.mentions.count, 1)
        // An entity's mentions come sorted: only a second entity merged in the same article
        // needs the article's mentions sorted again.
        let merging = articles.last == article
        if !merging {
            articles.append(article)
            articleStart = mentions.count
        }
        entity.mentions.moveEach(leaving: (Self.noSpan, "")) { mention in
            let (span, text) = mention
            mentions.append(LinkedMention(article: article, start: span.start, end: span.end, text: text))
        }
        if merging { mentions[articleStart...].sort { ($0.start, $0.end) < ($1.start, $1.end) } }
    }

    /// What a taken mention leaves behind.
    private static let noSpan = TextSpan(start: 0, end: 0)

    private mutating func countName(_ name: String) {
        let seen = nameIndex.map { $0[name] } ?? names.firstIndex { $0.name == name }
        if let seen {
            names[seen].count += 1
            return
        }
        names.append((name, 1))
        if nameIndex != nil {
            nameIndex?[name] = names.count - 1
        } else if names.count > Self.listedNames {
            nameIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1.name, $0) })
        }
    }

    /// The longest name seen ("the longest proper name"); ties: most seen, then first seen.
    /// A better spelling more articles use wins over it (`EntityBuilder+CanonicalName.swift`),
    /// and spellings of one name count as the one the text writes most
    /// (`EntityBuilder+WrittenSpelling.swift`).
    var canonicalName: String {
        let named = names.enumerated().map { ($1.name, $1.count, $0) }
        let mentions = self.mentions
        let pooled = Self.pooledSpellings(named, forms: surfaceForms) { form in
            mentions.count { $0.text == form }
        }
        return Self.canonicalName(among: pooled)
    }

    var type: EntityType {
        EntityType.allCases.reversed().max { typeWeights[$0] < typeWeights[$1] } ?? .person
    }

    /// The entity, named `name` (its `canonicalName`, worked out once by the caller).
    func entity(id: String, name: String) -> Entity {
        Entity(
            id: id, name: name, type: type, aliases: surfaceForms.filter { $0 != name }, titles: titleList,
            mentionCount: mentions.count, articleCount: articles.count)
    }
}
