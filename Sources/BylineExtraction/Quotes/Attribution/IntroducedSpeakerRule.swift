/// Sieve rule: a sentence that introduces a person, opening with the name and an apposition
/// that presents them (an age or an indefinite description: `Dana Pike, 54, a retired teacher
/// from Dayton, is voting for Waller.`, `Tom Waller, who runs a bakery, lost his store.`),
/// sets up the quotation that opens the next sentence or paragraph: news writing presents a
/// new voice, then lets it speak. A name alone (`Pike arrived late. "..."`) or a known role
/// (`Pike, the senator,`) introduces nobody; the quotation has no cue of its own (rules before
/// this one would have read it).
struct IntroducedSpeakerRule: AttributionRule {
    /// Words that open a presenting apposition (`a retired teacher`, `an organizer`, `who runs`).
    static let presenters: WordClass = ["a", "an", "who"]
    /// Most tokens of the apposition (`a retired teacher from Dayton who voted twice`).
    static let appositionReach = 14

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, MannerPredicateRule.opensWithCapital(quote, context),
            let intro = context.introducingSentence(of: site), intro.tokens.count > 4, !intro.tokens.contains(where: { context.isQuoteMark($0) }),
            let named = SpeakerPhraseReader(context: context).inverted(after: intro.tokens.lowerBound - 1, to: intro.tokens.upperBound),
            named.kind == .name, named.tokens.lowerBound == intro.tokens.lowerBound,
            let close = presentingApposition(after: named.tokens.upperBound, before: intro.tokens.upperBound, context),
            context.tokens[close + 1].kind == .word, !context.tokens[close + 1].isCapitalized
        else { return nil }
        return Cue(verbTokens: (close + 1)..<(close + 2), speaker: named)
    }

    /// The comma closing `, 54,` or `, a retired teacher from Dayton,` right after the name.
    private func presentingApposition(after name: Int, before end: Int, _ context: AttributionContext) -> Int? {
        guard context.isPunctuation(name, WordSets.comma), name + 2 < end else { return nil }
        let first = name + 1
        if context.tokens[first].kind == .number {
            // An age: `, 54,`, then perhaps a description too (`, 54, a retired teacher,`).
            guard context.isPunctuation(first + 1, WordSets.comma) else { return nil }
            return presentingApposition(after: first + 1, before: end, context) ?? first + 1
        }
        guard context.isWord(first, in: Self.presenters) else { return nil }
        var index = first + 1
        while index < end - 1, index - first <= Self.appositionReach {
            if context.isPunctuation(index, WordSets.comma) { return index }
            if context.isQuoteMark(index) || context.isClauseEnd(index) { return nil }
            index += 1
        }
        return nil
    }
}
