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

    init(_ entities: [RecognizedEntity]) {
        self.entities = entities
        rebuild()
    }

    private mutating func rebuild() {
        mentions = entities.enumerated().flatMap { index, entity in
            entity.mentions.map { Mention(span: $0, entity: index) }
        }
        mentions.sort { $0.span < $1.span }
    }

    /// The entity with a mention overlapping `span`, people first.
    func entity(overlapping span: TextSpan) -> Int? {
        let hits = mentions.filter { $0.span.overlaps(span) }.map(\.entity)
        return hits.first { entities[$0].type == .person } ?? hits.first
    }

    /// An entity named `name` (canonical or alias), or a person whose surname it is.
    func entity(named name: String) -> Int? {
        let lowered = name.lowercased()
        if let exact = entities.indices.first(where: { index in
            entities[index].name.lowercased() == lowered
                || entities[index].aliases.contains { $0.lowercased() == lowered }
        }) {
            return exact
        }
        guard let surname = lowered.split(separator: " ").last else { return nil }
        return entities.indices.first { index in
            entities[index].type == .person
                && entities[index].name.lowercased().split(separator: " ").last == surname
        }
    }

    /// Mentions ending at or before `offset`, latest first.
    func mentions(before offset: Int) -> ReversedCollection<ArraySlice<Mention>> {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return mentions[..<low].reversed()
    }

    /// Named and pronoun mentions ending before `offset`, latest first.
    func candidates(before offset: Int) -> [Mention] {
        let named = Array(mentions(before: offset))
        let chained = pronouns.filter { $0.span.end <= offset }
        guard !chained.isEmpty else { return named }
        return (named + chained).sorted { $0.span.start > $1.span.start }
    }

    mutating func notePronoun(_ span: TextSpan, refersTo entity: Int) {
        pronouns.append(Mention(span: span, entity: entity))
    }

    mutating func append(_ entity: RecognizedEntity) -> Int {
        entities.append(entity)
        rebuild()
        return entities.count - 1
    }

    mutating func addMention(_ span: TextSpan, to entity: Int) {
        guard !entities[entity].mentions.contains(where: { $0.overlaps(span) }) else { return }
        entities[entity].mentions.append(span)
        entities[entity].mentions.sort()
        rebuild()
    }
}
