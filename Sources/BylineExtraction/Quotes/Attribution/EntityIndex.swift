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

    /// An entity named `name` (canonical or alias), or a person whose surname it is: the
    /// first such entity in index order. A search over the entities, comparing the lowered
    /// query with each name as it is (ASCII letters folded in place): the tables of lowered
    /// names it replaced were built for the few lookups an article makes, lowering and
    /// hashing every name and alias first.
    func entity(named name: String) -> Int? {
        let lowered = ASCIICase.lowercased(name)
        for index in entities.indices {
            if Self.lowers(entities[index].name, to: lowered) { return index }
            for alias in entities[index].aliases where Self.lowers(alias, to: lowered) { return index }
        }
        guard let surname = ASCIICase.lastWord(lowered) else { return nil }
        for index in entities.indices where entities[index].type == .person {
            if Self.lastWord(of: entities[index].name, lowersTo: surname) { return index }
        }
        return nil
    }

    /// `ASCIICase.lowercased(text) == lowered`, by the bytes when both are ASCII (the
    /// lowering folds `A`-`Z` only, and ASCII text equals only the same bytes). A text beyond
    /// ASCII (`José`) is lowered only when it might equal an ASCII `lowered`: no lowering of
    /// a character beyond ASCII decomposes to ASCII but those `mayLowerToASCII` lists.
    static func lowers(_ text: String, to lowered: String) -> Bool {
        var text = text
        var lowered = lowered
        var loweredIsASCII = false
        let answer = text.withUTF8 { text in
            lowered.withUTF8 { lowered -> Bool? in
                loweredIsASCII = ASCIIBytes.areASCII(lowered)
                return Self.asciiFolded(text[...], equals: lowered[...])
            }
        }
        if let answer { return answer }
        if loweredIsASCII, !mayLowerToASCII(text) { return false }
        return ASCIICase.lowercased(text) == lowered
    }

    /// Whether `text` lowered may be canonically equal to ASCII text: every scalar ASCII or
    /// one of the four whose decomposition or lowering reaches ASCII (`;`, `` ` ``, the Kelvin
    /// sign, and `İ`), as `AttributionContext.mayEqualASCII` has it (tested there on every
    /// character of the planes that have any).
    static func mayLowerToASCII(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            scalar.value >= 0x80 && scalar.value != 0x037E && scalar.value != 0x1FEF && scalar.value != 0x212A
                && scalar.value != 0x0130
        }
    }

    /// `ASCIICase.lastWord(ASCIICase.lowercased(name)) == surname` (the surname lowered),
    /// by the bytes when both are ASCII: the bytes after the last space, trailing spaces left out.
    static func lastWord(of name: String, lowersTo surname: String) -> Bool {
        var name = name
        var surname = surname
        let answer = name.withUTF8 { name in
            surname.withUTF8 { surname -> Bool? in
                // The whole name ASCII: then lowering it keeps every space where it is.
                guard ASCIIBytes.areASCII(name) else { return nil }
                var end = name.count
                while end > 0, name[end - 1] == 0x20 { end -= 1 }
                guard end > 0 else { return nil }
                var start = end
                while start > 0, name[start - 1] != 0x20 { start -= 1 }
                return Self.asciiFolded(name[start..<end], equals: surname[...])
            }
        }
        return answer ?? (ASCIICase.lastWord(ASCIICase.lowercased(name)) == surname)
    }

    /// Whether `text` with `A`-`Z` lowered is `lowered`, when both are ASCII; nil otherwise.
    private static func asciiFolded(_ text: Slice<UnsafeBufferPointer<UInt8>>, equals lowered: Slice<UnsafeBufferPointer<UInt8>>) -> Bool? {
        guard ASCIIBytes.areASCII(text), ASCIIBytes.areASCII(lowered) else { return nil }
        guard text.count == lowered.count else { return false }
        var k = lowered.startIndex
        for byte in text {
            if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != lowered[k] { return false }
            k += 1
        }
        return true
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
        guard !spoken.contains(entity) else { return }
        // Room for the speakers of most articles at the first: grown from empty by appends,
        // the array was made three or four times an article.
        if spoken.capacity == 0 { spoken.reserveCapacity(Self.speakerRoom) }
        spoken.append(entity)
    }

    /// How many speakers `spoken` has room for when the first is noted.
    static let speakerRoom = 16

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
