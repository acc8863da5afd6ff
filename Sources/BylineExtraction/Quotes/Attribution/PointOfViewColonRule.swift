/// Sieve rule: a sentence that opens with a person's point of view, `For Hale,` or `To Hale,`,
/// and ends in a colon before a quotation of whole sentences gives that person's words: `For
/// Tom Waller, the answer is simple: "We build more homes."`, `To Pike, it is personal: "..."`.
/// The clause between comma and colon names nobody else (`For Pike, the problem is Waller:`
/// names two people), quotes nothing and holds no verb of saying (another statement's cue).
struct PointOfViewColonRule: AttributionRule {
    static let openers: WordClass = ["for", "to"]
    /// Most tokens between the comma and the colon (`the answer to the housing crisis is simple`).
    static let reach = 14

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        let colon = site.openToken - 1
        let start = site.lowerBound
        guard !quote.isNested, colon > start + 3, context.isPunctuation(colon, WordSets.colon),
            MannerPredicateRule.opensWithCapital(quote, context), context.isWord(start, in: Self.openers),
            let comma = ((start + 2)..<min(colon, start + 8)).first(where: { context.isPunctuation($0, WordSets.comma) }),
            colon - comma <= Self.reach
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let person = reader.phrase(endingAt: comma - 1, from: start + 1), person.kind == .name,
            person.tokens.lowerBound == start + 1
        else { return nil }
        for index in (comma + 1)..<colon {
            let token = context.tokens[index]
            if context.isQuoteMark(index) || context.isClauseEnd(index) || context.speechVerb(at: index) != nil { return nil }
            // Another name in the clause: a capital that does not open it.
            if token.kind == .word, token.isCapitalized, index > comma + 1, !context.isWord(index, in: ["i"]) { return nil }
        }
        return Cue(verbTokens: colon..<(colon + 1), speaker: person)
    }
}
