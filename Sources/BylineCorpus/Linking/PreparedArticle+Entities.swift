import BylineExtraction

extension PreparedArticle.Entity {
    /// `entity` with the mentions `valid` keeps, in text order, each with its words; `dropped`
    /// counts the others.
    ///
    /// An entity's mentions are often one form said again ("Putin" five times): a mention
    /// whose words are those of one of the few mentions before it shares that one's String
    /// instead of making (and holding, until linking) one of its own.
    init(_ entity: RecognizedEntity, body: ArticleText, valid: (TextSpan) -> Bool, dropped: inout Int) {
        var mentions: [(span: TextSpan, text: String)] = []
        mentions.reserveCapacity(entity.mentions.count)
        var inOrder = true
        var last: TextSpan?
        body.utf16.withUnsafeBufferPointer { units in
            for span in entity.mentions where valid(span) && !span.isEmpty {
                if let last, span < last { inOrder = false }
                last = span
                let earlier = mentions.index(mentions.endIndex, offsetBy: -Self.formsCompared, limitedBy: 0) ?? 0
                let same = mentions[earlier...].last { Self.sameUnits(units, $0.span, span) }
                mentions.append((span, same?.text ?? body[span]))
            }
        }
        dropped += entity.mentions.count - mentions.count
        // Equal spans have equal words: any order of them is the same list.
        if !inOrder { mentions.sort { $0.span < $1.span } }
        self.init(name: entity.name, type: entity.type, aliases: entity.aliases, titles: entity.titles, mentions: mentions)
    }

    /// How many mentions before one are compared with it (bounds the work for an entity
    /// mentioned very often).
    static let formsCompared = 8

    /// Whether spans `a` and `b` of `units` hold the same code units.
    private static func sameUnits(_ units: UnsafeBufferPointer<UInt16>, _ a: TextSpan, _ b: TextSpan) -> Bool {
        let length = a.end - a.start
        guard b.end - b.start == length else { return false }
        for offset in 0..<length where units[a.start + offset] != units[b.start + offset] { return false }
        return true
    }
}
