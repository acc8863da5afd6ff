/// Sieve rule for pronouns: `he said` resolves to the most recent person of a compatible
/// gender, preferring the subject (first person named) of the nearest sentence that names
/// one, and never a person named inside a quotation.
struct PronounResolver {
    let context: AttributionContext
    /// How many sentences back a pronoun may reach.
    static let reach = 6

    func resolve(gender: RecognizedEntity.Gender?, before offset: Int, in index: EntityIndex) -> Int? {
        let pronounToken = context.tokenIndex(atOrAfter: offset)
        let sentence = context.sentenceIndex(ofToken: pronounToken)
        var best: (entity: Int, sentence: Int, start: Int)?
        for mention in index.candidates(before: offset) {
            let entity = index.entities[mention.entity]
            // A place that has spoken (`Warren said`) is a person the recognizer mistyped.
            let speaks = entity.type == .person || (entity.type == .location && index.spoken.contains(mention.entity))
            guard speaks, compatible(entity.gender, gender), !isQuoted(mention.span) else { continue }
            let mentionSentence = context.sentenceIndex(ofToken: context.tokenIndex(atOrAfter: mention.span.start))
            if sentence - mentionSentence > Self.reach { break }
            if let current = best, current.sentence != mentionSentence { break }
            best = (mention.entity, mentionSentence, mention.span.start)  // earlier in the same sentence wins
        }
        return best?.entity
    }

    private func compatible(_ known: RecognizedEntity.Gender?, _ wanted: RecognizedEntity.Gender?) -> Bool {
        guard let known, let wanted else { return true }
        return known == wanted
    }

    private func isQuoted(_ span: TextSpan) -> Bool {
        // Quotes are in text order: only those starting before the span can hold it.
        let before = context.quotes.partitioningIndex { $0.content.start > span.start }
        return context.quotes[..<before].suffix(8).contains { !$0.isNested && $0.content.contains(span) }
    }
}
