/// Sieve rule: the quotation sits in a `that` clause which a stance, a post or a noun of
/// saying governs, with no verb of saying on the way: `Hale expressed confidence that the
/// audit would not be an issue "in any way"`, `Hale voiced concern that the deal was "a
/// giveaway"`, `Hale made clear that ... "..."`, `Hale posted on Twitter on Friday that his
/// remarks were "sarcasm"`, `Senator Lee's pointed suggestion at the debate that she was
/// "likable enough"`, `a report by the Ledger that he "invented" the story`. The speaker is the
/// subject of the verb (a finite verb, a participle after a comma, an infinitive), the
/// possessor of the noun, or the name after `by`. `NominalCueRule` reads a noun right before
/// its clause; this reads the clause whatever its length, up to `reach` tokens.
struct StanceClauseRule: AttributionRule {
    /// Most tokens between `that` and the opening mark.
    static let reach = 30

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        var index = site.openToken - 1
        while index > site.lowerBound, site.openToken - 1 - index <= Self.reach {
            // A new sentence or clause, another quotation, or a verb of saying of its own: the
            // clause is not the stance's (another rule reads a nested report).
            if context.isClauseEnd(index) || context.isPunctuation(index, WordSets.colonSemicolon) || context.isQuoteMark(index) {
                return nil
            }
            if let verb = context.speechVerb(at: index), verb.traits.contains(.speech), !context.tokens[index].isPossessive {
                // `the workers, whom the mayor praised, were "well paid"`: a relative aside
                // between commas is passed over; any other verb of saying ends the search.
                guard let opening = asideOpening(around: index, before: site.openToken, context) else { return nil }
                index = opening - 1
                continue
            }
            if context.isWord(index, in: WordSets.that), SayingNounClause(context: context).opensComplement(after: index),
                let cue = governor(ofThat: index, site, context)
            {
                return cue
            }
            index -= 1
        }
        return nil
    }

    /// The comma opening a relative aside (`, whom ... ,`) that holds the token at `index` and
    /// closes before the quotation, or nil.
    private func asideOpening(around index: Int, before open: Int, _ context: AttributionContext) -> Int? {
        guard (index + 1..<open).contains(where: { context.isMark($0, 0x2C) }) else { return nil }
        var back = index - 1
        while back > 0, index - back <= 12 {
            if context.isClauseEnd(back) || context.isQuoteMark(back) { return nil }
            if context.isMark(back, 0x2C) { return context.isWord(back + 1, in: StanceClauseWords.relatives) ? back : nil }
            back -= 1
        }
        return nil
    }

    /// What the `that` at `that` complements, read backward from it.
    private func governor(ofThat that: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        expressedStance(before: that, site, context) ?? posting(before: that, site, context)
            ?? SayingNounClause(context: context).cue(before: that, site)
    }

    /// `expressed (deep) confidence that`, `voiced his concern that`, `made (it) clear that`.
    private func expressedStance(before that: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var verb = that - 1
        if context.isWord(verb, in: StanceClauseWords.clearPlain) {
            verb -= 1
            if context.isWord(verb, in: WordSets.it) { verb -= 1 }
            guard context.isWord(verb, in: StanceClauseWords.makeForms) else { return nil }
        } else {
            guard context.isWord(verb, in: StanceClauseWords.stanceNouns) else { return nil }
            verb -= 1
            // `deep`, `his`, `renewed`: at most two modifiers between verb and noun.
            var modifiers = 0
            while modifiers < 2, verb > site.lowerBound, !context.isWord(verb, in: StanceClauseWords.expressingVerbs) {
                guard context.tokens[verb].kind == .word, !context.tokens[verb].isCapitalized else { return nil }
                modifiers += 1
                verb -= 1
            }
            guard context.isWord(verb, in: StanceClauseWords.expressingVerbs) else { return nil }
        }
        guard verb >= site.lowerBound, !context.tokens[verb].isCapitalized else { return nil }
        return StanceVerbRule().subject(ofVerb: verb, site, context).map { Cue(verbTokens: verb..<(that + 1), speaker: $0) }
    }

    /// `posted on Twitter Friday that`, `did post on her Facebook page that`: a posting verb,
    /// then at most `postReach` words saying where and when, then `that`.
    private func posting(before that: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var verb = that - 1
        while verb > site.lowerBound, that - 1 - verb < StanceClauseWords.postReach, !context.isWord(verb, in: StanceClauseWords.postForms) {
            let token = context.tokens[verb]
            guard token.kind == .word || token.kind == .number, !context.isWord(verb, in: StanceClauseWords.stops) else { return nil }
            verb -= 1
        }
        guard verb >= site.lowerBound, context.isWord(verb, in: StanceClauseWords.postForms), !context.tokens[verb].isCapitalized,
            // `a Twitter post by Jo Hale that read`: a noun and its author, not the verb. `post` and
            // `posts` are verbs only after an auxiliary or a subject pronoun.
            !context.isWord(verb + 1, in: NamingVerbRule.by),
            context.isWord(verb, in: StanceClauseWords.postedPosting) || context.isWord(verb - 1, in: StanceClauseWords.beforePostVerb)
        else { return nil }
        // `did post`: the auxiliary stands between the verb and its subject.
        let finite = context.isWord(verb - 1, in: StanceClauseWords.doForms) ? verb - 1 : verb
        return StanceVerbRule().subject(ofVerb: finite, site, context).map { Cue(verbTokens: verb..<(verb + 1), speaker: $0) }
    }
}
