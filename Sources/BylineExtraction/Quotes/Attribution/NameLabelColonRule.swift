/// Sieve rule: a name that opens the clause before a colon, followed only by who the person
/// is, when, where or on what they spoke, labels the quotation: `Jo Hale, 45, Dayton: "..."`,
/// `Ana Mendes, a teacher from Toledo: "..."`, `Tom Waller, on the economy: "..."`, `Pike in
/// 2012: "..."`, `Pike, in a 2015 interview with CNN: "..."`, `Waller, speaking to reporters on
/// Monday: "..."`, `Sen. Jo Hale, R-Ohio: "..."`. Vox-pop lists, fact checks and digests line
/// up quotations this way; `ColonCueRule` reads a name only right before the colon.
///
/// The name opens the sentence and is followed by a comma, a bracket or a word of
/// `labelLinks`; the rest, up to the colon, holds no verb of its own before any relative
/// `who` (`Pike saw the results:` is a clause, left to `ColonObjectRule`), no quotation, no
/// second person joined by `and`/`or`, and nothing that hands the words to another source
/// (`Pike, according to Waller:`, `Pike, quoting Lincoln:`).
struct NameLabelColonRule: AttributionRule {
    /// Most tokens between the name and the colon.
    static let reach = 20
    /// Words that may follow the name directly: `on the economy`, `in 2012`, `speaking to ...`.
    static let labelLinks: WordClass = [
        "on", "in", "at", "during", "to", "before", "after", "speaking", "writing", "talking", "asked", "responding",
        "replying", "testifying", "campaigning",
    ]
    /// Words after the name that give the words to someone else, or join a second person.
    static let otherSource: WordClass = [
        "according", "quoting", "citing", "reading", "paraphrasing", "recalling", "mimicking", "imitating", "and", "or",
    ]
    /// Finite verbs that make the lead-in a clause (`Pike was clear:` is `MannerPredicateRule`'s).
    static let finite: WordClass = ["is", "was", "are", "were", "has", "had", "have", "will", "would", "did", "does", "do", "can", "could"]
    static let who: WordClass = ["who", "whose"]
    /// Participles of the label itself (`asked about the vote`), not the clause's verb.
    static let labelParticiples: WordClass = ["asked", "pressed", "questioned"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, site.openToken > site.lowerBound + 1, context.isMark(site.openToken - 1, 0x3A),
            MannerPredicateRule.opensWithCapital(quote, context)
        else { return nil }
        let colon = site.openToken - 1
        let start = site.lowerBound
        let reader = SpeakerPhraseReader(context: context)
        guard let named = reader.inverted(after: start - 1, to: colon), named.kind == .name,
            named.tokens.lowerBound == start, named.tokens.upperBound < colon,
            colon - named.tokens.upperBound <= Self.reach
        else { return nil }
        let next = named.tokens.upperBound
        guard context.isMark(next, 0x2C) || context.isMark(next, 0x28) || context.isWord(next, in: Self.labelLinks) else {
            return nil
        }
        var sawWho = false
        for index in next..<colon {
            if context.isQuoteMark(index) || context.isClauseEnd(index) || context.isWord(index, in: Self.otherSource) { return nil }
            if context.isWord(index, in: Self.who) { sawWho = true }
            guard !sawWho, context.tokens[index].kind == .word, !context.tokens[index].isCapitalized else { continue }
            if context.isWord(index, in: Self.labelParticiples) { continue }
            if context.isWord(index, in: Self.finite) || isPastForm(index, context) { return nil }
            if let verb = context.speechVerb(at: index), verb.form == .past || verb.form == .present { return nil }
        }
        return Cue(verbTokens: colon..<(colon + 1), speaker: named)
    }

    private func isPastForm(_ index: Int, _ context: AttributionContext) -> Bool {
        context.unitCount(index) > 4 && context.textHasSuffix(index, "ed") == true
    }
}
