import BylineModel

/// Every entity's mentions as integer columns grouped by entity (article order, then text
/// order), their words interned in one `StringTable`: a mention costs 16 bytes instead of a
/// `Mention` value and, often, a String of its own. `Mention` values are made on demand.
struct MentionStore: Sendable {
    /// Entity `e`'s mentions are `starts[e]..<starts[e + 1]`.
    let starts: [Int32]
    let article: NarrowColumn
    let start: [Int32]
    /// Empty when every mention ends where its start plus its words' UTF-16 length says (a
    /// mention's words are its slice of the text, so always in a load): then `textLengths`
    /// gives the end, a few thousand entries instead of one per mention.
    let end: [Int32]
    let text: NarrowColumn
    let texts: StringTable
    /// Each of `texts`' strings' UTF-16 length.
    let textLengths: [Int32]

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
        var textLengths: [Int32] = []
        var endsFollow = true
        for list in mentions {
            for mention in list {
                article.append(Int32(mention.article))
                start.append(Int32(clamping: mention.start))
                end.append(Int32(clamping: mention.end))
                let words = interner.intern(mention.text)
                if Int(words) == textLengths.count { textLengths.append(Int32(clamping: mention.text.utf16.count)) }
                text.append(words)
                endsFollow = endsFollow && Int(start[start.count - 1]) + Int(textLengths[Int(words)]) == Int(end[end.count - 1])
            }
            starts.append(Int32(article.count))
        }
        self.starts = starts
        self.article = NarrowColumn(article)
        self.start = start
        self.end = endsFollow ? [] : end
        self.text = NarrowColumn(text)
        self.textLengths = textLengths
        texts = interner.finish()
    }

    /// Where the mention at `position` ends (UTF-16 offset).
    func end(at position: Int) -> Int {
        end.isEmpty ? Int(start[position]) + Int(textLengths[Int(text[position])]) : Int(end[position])
    }

    var count: Int { article.count }

    /// Positions of entity `entity`'s mentions.
    func positions(of entity: Int) -> Range<Int> {
        Int(starts[entity])..<Int(starts[entity + 1])
    }

    func article(at position: Int) -> Int { Int(article[position]) }

    func mention(at position: Int, articleIds: IdTable) -> Mention {
        Mention(
            articleId: articleIds[Int(article[position])], start: Int(start[position]), end: end(at: position),
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
