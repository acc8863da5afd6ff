/// A noun of saying whose `that` clause holds a quotation, however long the clause: `Senator
/// Lee's pointed suggestion at the debate that she was "likable enough"`, `Hale's aside that
/// the workers, whom the mayor praised, were "well paid"`, `a report by the Ledger that he
/// "invented" the story`. The owner is the possessor (a name or `his`/`her`) or the name after
/// `by`; a determiner alone (`the claim that`) names nobody. Part of `StanceClauseRule`.
struct SayingNounClause {
    let context: AttributionContext

    /// Most words between the noun and `that` (`at a crowded debate`).
    static let nounReach = 6

    func cue(before that: Int, _ site: QuoteSite) -> Cue? {
        guard atMostOneBeVerb(that + 1..<site.openToken) else { return nil }
        var noun = that - 1
        while noun > site.lowerBound, that - 1 - noun < Self.nounReach, !context.isWord(noun, in: StanceClauseWords.sayingNouns) {
            let token = context.tokens[noun]
            guard token.kind == .word || token.kind == .number, !context.isWord(noun, in: StanceClauseWords.stops),
                context.speechVerb(at: noun) == nil || token.isPossessive
            else { return nil }
            noun -= 1
        }
        guard noun >= site.lowerBound, context.isWord(noun, in: StanceClauseWords.sayingNouns), !context.tokens[noun].isCapitalized
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        // `a report by the Ledger that`: the name after `by`, closing right before `that`.
        if context.isWord(noun + 1, in: NamingVerbRule.by) {
            guard let agent = reader.phrase(endingAt: that - 1, from: noun + 2), agent.kind == .name else { return nil }
            return Cue(verbTokens: noun..<(noun + 1), speaker: agent)
        }
        guard noun + 1 == that || context.isWord(noun + 1, in: StanceClauseWords.settingPrepositions),
            let owner = reader.author(ofMessage: noun, from: site.lowerBound), isPossessor(owner)
        else { return nil }
        return Cue(verbTokens: noun..<(noun + 1), speaker: owner)
    }

    /// `his`, `her`, or a name standing before a possessive clitic: not the sentence's subject
    /// that `author(ofMessage:)` gives after a determiner.
    private func isPossessor(_ owner: SpeakerPhrase) -> Bool {
        if case .pronoun = owner.kind { return true }
        let end = owner.tokens.upperBound
        guard owner.kind == .name, end > 0, end <= context.tokens.count else { return false }
        return (end < context.tokens.count && context.tokens[end].isPossessive) || context.tokens[end - 1].isPossessive
    }

    /// `that she was`, `that the slaves`, `that he`: a complement clause opens with its
    /// subject; `that angered voters` is a relative clause about the noun.
    func opensComplement(after that: Int) -> Bool {
        let next = that + 1
        guard context.tokens.indices.contains(next) else { return false }
        let token = context.tokens[next]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        return token.isCapitalized || context.isWord(next, in: StanceClauseWords.clauseOpeners)
    }

    /// `claim that Lee was corrupt is "baseless"`: a second verb of being belongs to the
    /// sentence around the noun, whose words are the writer's.
    private func atMostOneBeVerb(_ range: Range<Int>) -> Bool {
        var count = 0
        for index in range where context.isWord(index, in: WordSets.isAreWasEtc) {
            count += 1
            if count > 1 { return false }
        }
        return true
    }
}
