/// Sieve rule: the quoted words are what a verb of naming gives its object, and the speaker
/// is that verb's subject, never the object: `Waller called the protesters "thugs"`,
/// `Mendes referred to Hale as "a lightweight"`, `Hale described his record as a "work in
/// progress"`, `hailed the deal as a "breakthrough"`; with the object moved into a relative
/// clause, `the adviser, who Mendes on Wednesday called "a fraud"`, `what Hale, the
/// treasurer, called "combat"`. A passive (`was called "..."`, `a class called "..."`) names
/// nobody.
struct NamingVerbRule: AttributionRule {
    static let being: Set<String> = ["being"]
    static let of: Set<String> = ["of"]
    static let partOne: WordClass = ["part", "one"]
    static let by: Set<String> = ["by"]
    static let relatives: Set<String> = ["who", "whom", "that", "which", "what"]
    /// `called for`, `called on`, `called off`: not naming.
    static let callParticles: Set<String> = ["for", "on", "upon", "off", "up", "out", "back", "in", "into", "to"]
    /// Words that end the object: a new clause or verb.
    static let objectStops: Set<String> = [
        "that", "which", "who", "whom", "whose", "when", "while", "because", "if", "and", "but", "or", "is", "are",
        "was", "were", "has", "have", "had", "will", "would", "said", "says",
    ]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        var index = site.openToken - 1
        if context.isWord(index, in: WordSets.articles) { index -= 1 }
        if context.isWord(index, in: Self.being) { index -= 1 }
        // `dismissing them as part of the "Washington cartel"`, `as one of the "worst deals"`.
        if context.isWord(index, in: Self.of), context.isWord(index - 1, in: Self.partOne),
            context.isWord(index - 2, in: WordSets.asWord)
        {
            index -= 2
        }
        let hasAs = context.isWord(index, in: WordSets.asWord)
        if hasAs { index -= 1 }
        // The verb, past at most eight words of object.
        var verb = index
        while verb > site.lowerBound, NamingVerbs.lemmas[context.lower(verb)] == nil || context.tokens[verb].isCapitalized {
            guard index - verb < 8, isObjectWord(verb, context) else { return nil }
            verb -= 1
        }
        guard verb >= site.lowerBound, let lemma = NamingVerbs.lemmas[context.lower(verb)],
            !context.tokens[verb].isCapitalized, hasAs || NamingVerbs.naming.contains(lemma),
            !context.isWord(verb - 1, in: WordSets.passiveAuxiliaries)
        else { return nil }
        var objectStart = verb + 1
        if lemma == "refer" {
            guard context.isWord(verb + 1, in: WordSets.to) else { return nil }
            objectStart += 1
        } else if lemma == "call", context.isWord(verb + 1, in: Self.callParticles) {
            return nil
        }
        // `a bill described by critics as "draconian"`: a passive with its agent.
        if context.isWord(objectStart, in: Self.by) { return nil }
        let reader = SpeakerPhraseReader(context: context)
        let speaker = objectStart <= index ? subject(of: verb, site, context, reader) : gapSubject(of: verb, site, context, reader)
        return speaker.map { Cue(verbTokens: verb..<(verb + 1), speaker: $0) }
    }

    /// A word of the object: no punctuation (the possessive clitic aside), no clause link, no verb.
    private func isObjectWord(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        // `rated 32% of Republican claims as "false"`.
        if token.text == "%" { return true }
        guard token.kind == .word || token.kind == .number else { return false }
        return token.isPossessive
            || (!context.isWord(index, in: Self.objectStops) && (context.speechVerb(at: index) == nil || isNoun(index, context)))
    }

    /// `of Republican claims`, `Trump's remarks`, `the statement`: a verb form after a
    /// determiner, a possessive or a capitalized modifier is a noun of the object.
    private func isNoun(_ index: Int, _ context: AttributionContext) -> Bool {
        guard index > 0, !context.tokens[index].isCapitalized else { return false }
        let previous = context.tokens[index - 1]
        return previous.isPossessive || (previous.kind == .word && previous.isCapitalized)
            || context.isWord(index - 1, in: AttributionContext.nounDeterminers)
    }

    /// `Trump later called them`, `Cruz, in a speech, called them`, `..., calling him`.
    private func subject(of verb: Int, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader)
        -> SpeakerPhrase?
    {
        if context.lower(verb).hasSuffix("ing"), !reader.isProgressive(verb) {
            return reader.participleSpeaker(verb, from: site.lowerBound)
        }
        return CoordinatedVerbSubject().subject(of: verb, site, context) ?? reader.clauseSubject(of: verb, from: site.lowerBound)
    }

    /// No object after the verb: it stands before, in a relative clause (`whom he called`,
    /// `what Hale, the treasurer, called`), whose subject follows the relative word.
    private func gapSubject(of verb: Int, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader)
        -> SpeakerPhrase?
    {
        // `the measure, dubbed "..."` has no relative word: a participle, a passive.
        var index = verb - 1
        while index > site.lowerBound, verb - index <= 15 {
            if context.isClauseEnd(index) || context.isQuoteMark(index) { return nil }
            if context.isWord(index, in: Self.relatives) {
                guard let subject = reader.sentenceSubject(from: index + 1, before: verb), reader.isSpeakerPhrase(subject),
                    subject.tokens.lowerBound == index + 1 || context.isMark(subject.tokens.lowerBound - 1, 0x2C)
                        || (index + 1..<subject.tokens.lowerBound).allSatisfy({ context.isWord($0, in: SpeakerWords.titles) })
                else { return nil }
                return subject
            }
            index -= 1
        }
        return nil
    }
}
