/// The article's entities with their mentions in text order, so resolvers can ask "which
/// entity is mentioned here" and "who was mentioned last before here" quickly. New speakers
/// the recognizer missed are appended here and show up in the caller's entity list.
struct EntityIndex {
    struct Mention: Sendable {
        let span: TextSpan
        let entity: Int
    }

    private(set) var entities: [RecognizedEntity]
    private(set) var mentions: [Mention] = []
    /// Pronouns already resolved (`he` -> Ed Balls): a later pronoun may continue the chain.
    /// Kept apart so they never become public mentions.
    private(set) var pronouns: [Mention] = []
    /// Entities already resolved as the named speaker of a cue: whatever their type, they speak.
    /// An array searched in place: an article names a few speakers, and a `Set<Int>` hashed
    /// (and allocated its table) on every resolved name.
    private(set) var spoken: [Int] = []
    /// Lower-cased names and aliases, and person surnames, to their entity (first one wins).
    /// Built on the first `entity(named:)`: lowering every name and alias cost more than the
    /// few name lookups an article makes (most articles make none).
    private var byName: [String: Int] = [:]
    private var bySurname: [String: Int] = [:]
    private var namesBuilt = false
    /// The longest mention, so an overlap search knows how far back to look.
    private var longestMention = 0

    init(_ entities: [RecognizedEntity]) {
        self.entities = entities
        mentions.reserveCapacity(entities.reduce(0) { $0 + $1.mentions.count })
        for index in entities.indices { register(index) }
        mentions.sort { $0.span < $1.span }
    }

    private mutating func register(_ index: Int) {
        let entity = entities[index]
        if namesBuilt { registerNames(index) }
        for span in entity.mentions {
            mentions.append(Mention(span: span, entity: index))
            longestMention = max(longestMention, span.length)
        }
    }

    /// Index of the first mention starting at or after `offset`.
    private func firstMention(startingAtOrAfter offset: Int) -> Int {
        mentions.partitioningIndex { $0.span.start >= offset }
    }

    /// Mentions overlapping `span`, in text order.
    func mentions(overlapping span: TextSpan) -> ArraySlice<Mention> {
        let low = firstMention(startingAtOrAfter: span.start - longestMention)
        let high = firstMention(startingAtOrAfter: span.end)
        return mentions[low..<max(low, high)]
    }

    /// The entity with a mention overlapping `span` that reaches its end (a recognizer that
    /// kept only `Charlie` of `Charlie King` names someone else), people first.
    func entity(covering span: TextSpan) -> Int? {
        // One pass, no arrays: the first person among the hits, else the first hit.
        var first: Int?
        for mention in mentions(overlapping: span) where mention.span.overlaps(span) && mention.span.end >= span.end {
            if entities[mention.entity].type == .person { return mention.entity }
            if first == nil { first = mention.entity }
        }
        return first
    }

    /// Puts the entity's lowered name, aliases and (for a person) surname in the tables. In
    /// index order, so the first entity with a name keeps it, whenever the tables are built.
    private mutating func registerNames(_ index: Int) {
        let entity = entities[index]
        let name = ASCIICase.lowercased(entity.name)
        Self.keepFirst(name, index, in: &byName)
        for alias in entity.aliases { Self.keepFirst(ASCIICase.lowercased(alias), index, in: &byName) }
        if entity.type == .person, let surname = ASCIICase.lastWord(name) {
            Self.keepFirst(surname, index, in: &bySurname)
        }
    }

    /// An entity named `name` (canonical or alias), or a person whose surname it is.
    mutating func entity(named name: String) -> Int? {
        if !namesBuilt {
            namesBuilt = true
            byName.reserveCapacity(entities.reduce(0) { $0 + 1 + $1.aliases.count })
            for index in entities.indices { registerNames(index) }
        }
        let lowered = ASCIICase.lowercased(name)
        if let exact = byName[lowered] { return exact }
        guard let surname = ASCIICase.lastWord(lowered) else { return nil }
        return bySurname[surname]
    }

    /// `table[key] = value` unless the key is there already, with one hash of the key (the
    /// `default:` subscript's modify finds or inserts in one probe; adding 0 keeps the value).
    private static func keepFirst(_ key: String, _ value: Int, in table: inout [String: Int]) {
        table[key, default: value] += 0
    }

    /// Mentions ending at or before `offset`, latest first.
    func mentions(before offset: Int) -> ReversedCollection<ArraySlice<Mention>> {
        mentions[..<mentions.partitioningIndex { $0.span.end > offset }].reversed()
    }

    /// Named and pronoun mentions ending before `offset`, latest first.
    func candidates(before offset: Int) -> [Mention] {
        let named = Array(mentions(before: offset).prefix(64))
        let chained = pronouns.filter { $0.span.end <= offset }
        guard !chained.isEmpty else { return named }
        return (named + chained).sorted { $0.span.start > $1.span.start }
    }

    mutating func noteSpeaker(_ entity: Int) {
        if !spoken.contains(entity) { spoken.append(entity) }
    }

    mutating func notePronoun(_ span: TextSpan, refersTo entity: Int) {
        pronouns.append(Mention(span: span, entity: entity))
    }

    mutating func append(_ entity: RecognizedEntity) -> Int {
        entities.append(entity)
        register(entities.count - 1)
        mentions.sort { $0.span < $1.span }
        return entities.count - 1
    }
}
