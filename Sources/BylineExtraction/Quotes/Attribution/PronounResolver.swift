/// Sieve rule for pronouns: `he said` resolves to the most recent person of a compatible
/// gender, preferring the subject of the nearest sentence that names one, and never a person
/// named inside a quotation.
struct PronounResolver {
    let context: AttributionContext
    /// How many sentences back a pronoun may reach.
    static let reach = 6

    func resolve(gender: RecognizedEntity.Gender?, before offset: Int, in index: EntityIndex) -> Int? {
        let pronounToken = context.tokenIndex(atOrAfter: offset)
        let sentence = context.sentenceIndex(ofToken: pronounToken)
        // The compatible mentions of the nearest sentence naming any, earliest first.
        var nearest: [EntityIndex.Mention] = []
        var nearestSentence = -1
        for mention in index.candidates(before: offset) {
            let entity = index.entities[mention.entity]
            // A place that has spoken (`Warren said`) is a person the recognizer mistyped,
            // unless the lists know it as a place (`Russia said`: `he` is never Russia).
            let speaks = entity.type == .person
                || (entity.type == .location && index.spoken.contains(mention.entity) && !Self.isListedPlace(entity.name))
            guard speaks, compatible(entity.gender, gender), !isQuoted(mention.span) else { continue }
            let mentionSentence = context.sentenceIndex(ofToken: context.tokenIndex(atOrAfter: mention.span.start))
            if sentence - mentionSentence > Self.reach { break }
            if nearestSentence >= 0, nearestSentence != mentionSentence { break }
            nearestSentence = mentionSentence
            nearest.append(mention)
        }
        guard let earliest = nearest.last else { return nil }
        if let subject = subject(of: nearestSentence, among: nearest, before: pronounToken) { return subject }
        // `In her book, Living History, Clinton noted ... . After saying ..., she was`: a person
        // known to have the pronoun's gender is a better antecedent than one whose gender
        // nothing states (here a title the recognizer took for a name).
        if let gender, let agreeing = nearest.last(where: { index.entities[$0.entity].gender == gender }) {
            return agreeing.entity
        }
        return earliest.entity
    }

    /// The candidate the sentence's grammatical subject names: `Cruz spokesman Rick Tyler said
    /// ... Cruz has "...," he said` is Tyler, and `With a vote for Lee ruled out, Cross said
    /// he ...` is Cross, where the earliest name would be the modifier or the opening phrase's.
    private func subject(of sentence: Int, among mentions: [EntityIndex.Mention], before limit: Int) -> Int? {
        guard sentence >= 0, mentions.count > 1 else { return nil }
        let bounds = context.sentences[sentence].tokens
        let reader = SpeakerPhraseReader(context: context)
        guard let phrase = reader.sentenceSubject(from: bounds.lowerBound, before: min(bounds.upperBound, limit)),
            phrase.kind == .name
        else { return nil }
        let span = context.span(of: phrase.nameTokens ?? phrase.tokens)
        return mentions.last { $0.span.overlaps(span) && $0.span.end >= span.end }?.entity
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
