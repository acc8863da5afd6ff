/// Sieve rule: an absolute `with` phrase whose participle is a verb of saying hands the
/// quotation right after it to the phrase's subject: `..., with Dana Pike reportedly
/// shouting: "Get out!"`, `..., with Lee promising to "fix it by June."`. The subject is a
/// name or a pronoun opening right after `with` (`with officials warning` names nobody);
/// between the participle and the opening mark stand at most a colon, a comma, `that` or
/// the `to` of the infinitive the quotation goes on.
struct AbsoluteParticipleRule: AttributionRule {
    static let linking: WordClass = ["that", "to"]
    /// Shouts the lexicon lists only in the past tense (`yelled`) or not at all.
    static let shouting: WordClass = ["yelling", "screaming", "chanting", "bellowing", "hollering", "shrieking", "exclaiming"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        var participle = site.openToken - 1
        if participle > site.lowerBound, context.isMark(participle, 0x3A) || context.isMark(participle, 0x2C)
            || context.isWord(participle, in: Self.linking)
        {
            participle -= 1
        }
        guard participle > site.lowerBound + 1, isSpeakingParticiple(participle, context) else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        // `reportedly`, `repeatedly`: adverbs between the subject and its participle.
        var end = participle - 1
        while end > site.lowerBound, participle - end <= 2, reader.isMannerAdverb(end) { end -= 1 }
        guard let with = (max(site.lowerBound, end - 6)..<end).last(where: { context.isWord($0, in: WordSets.with) }),
            let speaker = reader.phrase(endingAt: end, from: with + 1),
            speaker.tokens.lowerBound == with + 1
        else { return nil }
        switch speaker.kind {
        case .name, .pronoun: return Cue(verbTokens: participle..<(participle + 1), speaker: speaker)
        case .pluralPronoun, .descriptive: return nil
        }
    }

    /// `shouting`, `saying`, `promising`: the `-ing` form of a verb of saying.
    private func isSpeakingParticiple(_ index: Int, _ context: AttributionContext) -> Bool {
        if context.isWord(index, in: Self.shouting) { return true }
        guard let facts = context.verbFacts(at: index), facts.traits.contains(.speech) else { return false }
        return context.tokens[index].kind == .word && context.tokens[index].text.hasSuffix("ing")
    }
}
