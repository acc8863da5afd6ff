/// Who said what: a direct or reported quotation (API.md, "Quote").
public struct Quote: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// One or more whole sentences of the speaker.
        case full
        /// A fragment inside the reporter's sentence: a "productive" meeting.
        case partial
        /// Reported speech without quotation marks: the reported clause.
        case indirect

        /// Full and partial quotes are direct: the words inside quotation marks.
        public var isDirect: Bool { self != .indirect }
    }

    public var id: String
    public var articleId: String
    /// The words inside the quotation marks, without the marks.
    public var text: String
    public var start: Int
    public var end: Int
    public var speaker: EntityReference?
    public var cue: String?
    public var kind: Kind
    /// The words naming the speaker as written ("he", "the secretary of state", "officials").
    public var speakerText: String?

    public init(
        id: String, articleId: String, text: String, start: Int, end: Int,
        speaker: EntityReference? = nil, cue: String? = nil, kind: Kind, speakerText: String? = nil
    ) {
        self.id = id
        self.articleId = articleId
        self.text = text
        self.start = start
        self.end = end
        self.speaker = speaker
        self.cue = cue
        self.kind = kind
        self.speakerText = speakerText
    }

    // `speaker` is always present, as `null` when nobody can be named (API.md).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(articleId, forKey: .articleId)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(speaker, forKey: .speaker)
        try container.encodeIfPresent(cue, forKey: .cue)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(speakerText, forKey: .speakerText)
    }
}

/// A pointer to an entity: enough for a client to show a name and follow a link.
public struct EntityReference: Codable, Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
