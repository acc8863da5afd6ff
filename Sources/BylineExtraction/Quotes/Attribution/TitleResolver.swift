/// Sieve rule for descriptive speakers: `the secretary of state said` resolves to the person
/// whose title matches, either from the titles the recognizer recorded or from the words
/// written before one of that person's mentions (`Secretary of State Rex Tillerson`). Only
/// definite descriptions are resolved; `officials` or `a spokesman` name nobody.
struct TitleResolver {
    let context: AttributionContext

    func resolve(_ phrase: SpeakerPhrase, in index: EntityIndex) -> Int? {
        let range = phrase.tokens
        guard range.count >= 2, context.lower(range.lowerBound) == "the" else { return nil }
        let role = (range.lowerBound + 1..<range.upperBound).map { context.lower($0) }.joined(separator: " ")
        let words = (range.lowerBound + 1..<range.upperBound).map { context.lower($0) }
        let position = context.tokens[range.lowerBound].span.start
        // `the alliance` after `the Countryside Alliance`: the organization named by its head.
        if range.count == 2 {
            let head = context.lower(range.lowerBound + 1)
            for mention in index.mentions(before: position).prefix(40)
            where index.entities[mention.entity].type == .organization {
                if index.entities[mention.entity].name.lowercased().split(separator: " ").last.map(String.init) == head {
                    return mention.entity
                }
            }
        }
        guard words.contains(where: { SpeakerWords.roleNouns.contains($0) || SpeakerWords.titles.contains($0) }) else {
            return nil
        }
        for mention in index.mentions(before: position).prefix(40) where index.entities[mention.entity].type == .person {
            let entity = index.entities[mention.entity]
            if entity.titles.contains(where: { $0.lowercased().contains(role) }) { return mention.entity }
            if titleBefore(mention.span).contains(role) { return mention.entity }
        }
        return nil
    }

    /// The lower-cased words right before a mention (`u.s. secretary of state`).
    private func titleBefore(_ span: TextSpan) -> String {
        let first = context.tokenIndex(atOrAfter: span.start)
        let start = max(0, first - 5)
        guard start < first else { return "" }
        return (start..<first).map { context.lower($0) }.joined(separator: " ")
    }
}
