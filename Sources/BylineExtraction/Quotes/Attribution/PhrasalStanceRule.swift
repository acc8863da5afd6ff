/// Sieve rule: the quotation ends the object of a phrasal verb by which the subject attacks,
/// defends or owns something (`PhrasalStanceWords`): `Sanders took aim at "the billionaire
/// class"`, `Hale doubled down on his plan to build "a great wall"`, `Lee apologized for her
/// "mistake"`, `Hale lashed out at "the political class"`, `poked fun at "small hands"`. The
/// speaker is the verb's subject (`StanceVerbRule.subject(ofVerb:)`: a finite verb, a
/// participle after a comma, an infinitive). Left alone, as in `StanceVerbRule`: a quotation
/// that opens with a capital (a title or name: `took aim at "Obamacare"`), one that modifies
/// a noun after it (`took aim at the "Gang of Eight" bill`), one right after a possessive
/// (`took a shot at Lee's "low energy" remark` may be Lee's words), a passive, and an object
/// of more than six words or one that crosses a clause link, an auxiliary or a verb of saying.
struct PhrasalStanceRule: AttributionRule {
    static let objectLength = 6

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil, opensInLowerCase(site, context),
            site.openToken - 1 >= site.lowerBound, !context.tokens[site.openToken - 1].isPossessive,
            StanceVerbRule().endsObject(site, context)
        else { return nil }
        var particle = site.openToken - 1
        while particle > site.lowerBound, site.openToken - 1 - particle <= Self.objectLength {
            if let verb = verb(endingAt: particle, site, context) {
                guard !context.tokens[verb].isCapitalized, !isNoun(verb, context),
                    let speaker = StanceVerbRule().subject(ofVerb: verb, site, context)
                else { return nil }
                return Cue(verbTokens: verb..<(particle + 1), speaker: speaker)
            }
            let token = context.tokens[particle]
            guard token.kind == .word || token.kind == .number, !context.isWord(particle, in: PhrasalStanceWords.stops),
                context.speechVerb(at: particle) == nil || token.isPossessive
            else { return nil }
            particle -= 1
        }
        return nil
    }

    /// The verb of a pattern whose last word stands at `end`, or nil.
    private func verb(endingAt end: Int, _ site: QuoteSite, _ context: AttributionContext) -> Int? {
        // One probe rules out most words before any pattern is read.
        guard context.isWord(end, in: PhrasalStanceWords.finals) else { return nil }
        for pattern in PhrasalStanceWords.patterns {
            let start = end - (pattern.count - 1)
            guard start >= site.lowerBound else { continue }
            var matches = true
            for (offset, words) in pattern.enumerated() where !context.isWord(start + offset, in: words) {
                matches = false
                break
            }
            if matches { return start }
        }
        return nil
    }

    /// `the apology for`, `his shot at`: after a determiner or possessive the word is a noun.
    private func isNoun(_ index: Int, _ context: AttributionContext) -> Bool {
        guard index > 0 else { return false }
        return context.tokens[index - 1].isPossessive || context.isWord(index - 1, in: AttributionContext.nounDeterminers)
    }

    private func opensInLowerCase(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let content = context.quotes[site.quote].content
        guard let first = context.units[content.start..<content.end].first(where: QuoteCharacters.isLetterOrDigit) else {
            return false
        }
        return first >= 0x61 && first <= 0x7A
    }
}
