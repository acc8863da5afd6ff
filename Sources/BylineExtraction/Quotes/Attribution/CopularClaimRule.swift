/// Sieve rule: a noun of saying with its owner, then `is that` or `was that`: the clause is the
/// owner's words: `Pike's argument is that the plan is "unworkable"`, `His message was that the
/// system is "rigged"`, `Waller's view is that the deal is "a disaster"`. The owner is the
/// possessor (a name, or `his`/`her`); `the argument is that` names nobody. A short aside may
/// stand before the copula (`His assumption, stated on live TV, was that`), and the quotation
/// may be the whole clause (`Her message was that "..."`). Otherwise the clause opens
/// with its subject and reaches the quotation without a verb of reporting (whose subject would
/// speak), a semicolon, colon or other quotation.
struct CopularClaimRule: AttributionRule {
    /// Most tokens between `that` and the quotation.
    static let reach = 30
    static let nouns = WordClass(StanceClauseWords.sayingNouns.words.union([
        "message", "point", "position", "view", "case", "theory", "belief", "answer", "response", "reply",
        "verdict", "advice", "line", "pitch", "message", "argument", "contention", "complaint", "concern",
        "fear", "hope", "worry", "bet", "thesis", "premise", "assumption", "defense", "defence", "excuse",
        "rationale", "justification", "reasoning",
    ]))

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        var index = site.openToken - 1
        while index - 2 >= site.lowerBound, site.openToken - index <= Self.reach {
            if context.isQuoteMark(index) || context.isPunctuation(index, WordSets.colonSemicolon) || context.isClauseEnd(index)
                || context.verbFacts(at: index)?.traits.contains(.speech) == true
            {
                return nil
            }
            if context.isWord(index, in: WordSets.that), let cue = cue(that: index, site, context) { return cue }
            index -= 1
        }
        return nil
    }

    private func cue(that: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var copula = that - 1
        // `Pike's position has been that`: the noun stands before the perfect's auxiliary.
        if context.isWord(copula, in: Self.been), copula - 1 > site.lowerBound, context.isWord(copula - 1, in: Self.hasHave) {
            copula -= 1
        } else if !context.isWord(copula, in: WordSets.isAreWasEtc) {
            return nil
        }
        let noun = nounBefore(copula: copula, site, context)
        // `His message was that "we will win."`: the quotation is the clause itself.
        guard context.isWord(noun, in: Self.nouns), !context.tokens[noun].isCapitalized,
            that + 1 == site.openToken || SayingNounClause(context: context).opensComplement(after: that)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let owner = reader.author(ofMessage: noun, from: site.lowerBound) else { return nil }
        switch owner.kind {
        case .pronoun:
            return Cue(verbTokens: noun..<(noun + 1), speaker: owner)
        case .name:
            // The possessor itself (`Pike's`), not the sentence subject a determiner leads to.
            let end = owner.tokens.upperBound
            guard end < noun, context.tokens[end].isPossessive || context.tokens[end - 1].isPossessive else { return nil }
            return Cue(verbTokens: noun..<(noun + 1), speaker: owner)
        case .pluralPronoun, .descriptive:
            return nil
        }
    }

    /// The token before the copula, or before a short aside set off by commas that stands
    /// between it and the noun (`His assumption, stated on live TV, was that`).
    private func nounBefore(copula: Int, _ site: QuoteSite, _ context: AttributionContext) -> Int {
        let before = copula - 1
        guard before > site.lowerBound, context.isMark(before, 0x2C),
            let open = (max(site.lowerBound, before - Self.asideReach)..<before).last(where: { context.isMark($0, 0x2C) }),
            !((open + 1)..<before).contains(where: { context.tokens[$0].kind == .punctuation || context.isQuoteMark($0) })
        else { return before }
        return open - 1
    }

    static let been: WordClass = ["been"]
    static let hasHave: WordClass = ["has", "have", "had"]

    /// Most tokens an aside between the noun and its copula may span.
    static let asideReach = 8
}
