import BylineModel

/// Every entity's mentions as integer columns grouped by entity (article order, then text
/// order), their words interned in one `StringTable`: a mention costs 16 bytes instead of a
/// `Mention` value and, often, a String of its own. `Mention` values are made on demand.
struct MentionStore: Sendable {
    /// Entity `e`'s mentions are `starts[e]..<starts[e + 1]`.
    let starts: [Int32]
    let article: [Int32]
    let start: [Int32]
    let end: [Int32]
    let text: [Int32]
    let texts: StringTable

    /// One linked mention list per entity.
    init(_ mentions: [[LinkedMention]]) {
        let total = mentions.reduce(0) { $0 + $1.count }
        var starts: [Int32] = [0]
        starts.reserveCapacity(mentions.count + 1)
        var article: [Int32] = []
        var start: [Int32] = []
        var end: [Int32] = []
        var text: [Int32] = []
        article.reserveCapacity(total)
        start.reserveCapacity(total)
        end.reserveCapacity(total)
        text.reserveCapacity(total)
        var interner = StringInterner()
        for list in mentions {
            for mention in list {
                article.append(Int32(mention.article))
                start.append(Int32(clamping: mention.start))
                end.append(Int32(clamping: mention.end))
                text.append(interner.intern(mention.text))
            }
            starts.append(Int32(article.count))
        }
        self.starts = starts
        self.article = article
        self.start = start
        self.end = end
        self.text = text
        texts = interner.finish()
    }

    var count: Int { article.count }

    /// Positions of entity `entity`'s mentions.
    func positions(of entity: Int) -> Range<Int> {
        Int(starts[entity])..<Int(starts[entity + 1])
    }

    func article(at position: Int) -> Int { Int(article[position]) }

    func mention(at position: Int, articleIds: IdTable) -> Mention {
        Mention(
            articleId: articleIds[Int(article[position])], start: Int(start[position]), end: Int(end[position]),
            text: texts[text[position]])
    }

    /// Entity `entity`'s mentions, all or only those in article `inArticle`.
    func mentions(of entity: Int, inArticle: Int? = nil, articleIds: IdTable) -> [Mention] {
        positions(of: entity).compactMap { position in
            if let inArticle, Int(article[position]) != inArticle { return nil }
            return mention(at: position, articleIds: articleIds)
        }
    }
}
