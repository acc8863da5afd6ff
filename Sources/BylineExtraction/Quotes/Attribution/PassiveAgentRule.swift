/// Sieve rule: a passive verb of saying or naming whose agent the text names: `The phrase
/// "tax reform" was uttered once, by Mr. Cruz`, `the so-called "Gold Initiative" was called by
/// the SVP`, `email chains recently labeled "top secret" by the State Department`. The agent
/// after `by` said the words. A passive without its agent (`was called "..."`, `a class called
/// "..."`) still names nobody; an agent that is no name (`by critics`) neither.
struct PassiveAgentRule: AttributionRule {
    static let beForms: WordClass = ["is", "was", "are", "were", "been", "being", "be"]
    static let by: Set<String> = ["by"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        return quotedSubject(site, context) ?? namedComplement(site, context)
    }

    /// `"..." was uttered once, by Mr. Cruz`: the quotation (or a noun right after it) is the
    /// passive's subject, and the verb follows within a few words.
    private func quotedSubject(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var index = site.afterToken
        // `the "..." movement was described by`: one noun after the quotation.
        if index < site.upperBound, context.tokens[index].kind == .word, !context.isWord(index, in: Self.beForms) { index += 1 }
        guard index < site.upperBound, context.isWord(index, in: Self.beForms) else { return nil }
        index += 1
        let reader = SpeakerPhraseReader(context: context)
        while index < site.upperBound, reader.isSkippable(index) { index += 1 }
        guard index < site.upperBound, isPassiveVerb(index, context) else { return nil }
        return agent(after: index + 1, verb: index, site, context)
    }

    /// `chains recently labeled "top secret" by the State Department`: a participle of naming
    /// right before the quotation, its agent right after.
    private func namedComplement(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let verb = site.openToken - 1
        guard verb > site.lowerBound, NamingVerbs.lemmas[context.lower(verb)] != nil, context.lower(verb).hasSuffix("ed"),
            context.isWord(site.afterToken, in: Self.by)
        else { return nil }
        return agent(after: site.afterToken, verb: verb, site, context)
    }

    /// Participles of using words, beside the verbs of saying: `was uttered by`, `coined by`.
    static let wordUse: WordClass = ["uttered", "coined", "used", "spoken", "voiced", "invoked", "popularized"]

    /// A past participle of a verb of saying or naming (`uttered`, `called`, `labeled`).
    private func isPassiveVerb(_ index: Int, _ context: AttributionContext) -> Bool {
        guard !context.tokens[index].isCapitalized else { return false }
        if context.isWord(index, in: Self.wordUse) { return true }
        if let verb = context.speechVerb(at: index), verb.traits.contains(.speech), verb.form == .past { return true }
        return NamingVerbs.lemmas[context.lower(index)] != nil && context.lower(index).hasSuffix("ed")
    }

    /// The name after `by` (a comma or adverb may come first: `uttered once, by Mr. Cruz`).
    private func agent(after start: Int, verb: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        var index = start
        while index < min(site.upperBound, start + 3), !context.isWord(index, in: Self.by) {
            guard context.isMark(index, 0x2C) || reader.isSkippable(index) else { return nil }
            index += 1
        }
        guard context.isWord(index, in: Self.by) else { return nil }
        // `by the State Department`: the article opens an institution's name.
        if context.isWord(index + 1, in: WordSets.articles), reader.isNamePart(index + 2) { index += 1 }
        guard let speaker = reader.inverted(after: index, to: site.upperBound), speaker.kind == .name else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
    }
}
