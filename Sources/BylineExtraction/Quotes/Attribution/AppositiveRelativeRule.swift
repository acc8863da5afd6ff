/// Sieve rule: a verb of saying in a relative clause after a name and its apposition speaks
/// for the name: `relations with McConnell, now the Senate majority leader, who in 2010 said
/// the party's goal was to make Obama a "one-term president"`, `the plan was drafted by Dana
/// Pike, the city's treasurer, who said it was "long overdue"`. The subject reader takes the
/// name right before `, who` (`Trump, who says ...`); with an apposition between, `who` stands
/// for the name the apposition describes.
///
/// The verb is the nearest verb of reporting before the quotation, finite; at most a few
/// words (`in 2010`, `has`, `last year`) stand between `who` and the verb; the apposition
/// opens in lower case or with a number (`the city's treasurer`, `now the`, `54`: not a
/// second name of a list) and holds no verb of reporting, quotation or clause end. No comma
/// stands between the verb and the quotation: the relative clause may have closed there
/// (`Dana Pike, the treasurer, who said nothing, attacked the "reckless" plan`).
struct AppositiveRelativeRule: AttributionRule {
    /// Most tokens between the verb and the quotation.
    static let reach = 30
    /// Most words between `who` and the verb.
    static let gap = 4
    /// Most tokens of the apposition.
    static let apposition = 12

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        var index = site.openToken - 1
        while index >= site.lowerBound, site.openToken - index <= Self.reach {
            if context.isQuoteMark(index) || context.isPunctuation(index, WordSets.colonSemicolon) || context.isClauseEnd(index) {
                return nil
            }
            if let facts = context.verbFacts(at: index) {
                guard facts.traits.contains(.speech), facts.form == .past || facts.form == .present else { return nil }
                return cue(verb: index, site, context)
            }
            if index < site.openToken - 1, context.isMark(index, 0x2C) { return nil }
            index -= 1
        }
        return nil
    }

    private func cue(verb: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var who = verb - 1
        while who > site.lowerBound, verb - who <= Self.gap, !context.isWord(who, in: WordSets.who) {
            let kind = context.tokens[who].kind
            guard kind == .word || kind == .number else { return nil }
            who -= 1
        }
        guard who - 2 >= site.lowerBound, context.isWord(who, in: WordSets.who), context.isMark(who - 1, 0x2C),
            let comma = appositionStart(before: who - 1, site, context)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let antecedent = reader.phrase(endingAt: comma - 1, from: site.lowerBound), antecedent.kind == .name else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: antecedent)
    }

    /// The comma opening the apposition that ends at the comma `end`, or nil.
    private func appositionStart(before end: Int, _ site: QuoteSite, _ context: AttributionContext) -> Int? {
        var index = end - 1
        while index > site.lowerBound, end - index <= Self.apposition {
            if context.isMark(index, 0x2C) {
                let first = context.tokens[index + 1]
                guard index + 1 < end, first.kind == .number || (first.kind == .word && !first.isCapitalized) else { return nil }
                return index
            }
            if context.isQuoteMark(index) || context.isClauseEnd(index) || context.verbFacts(at: index) != nil
                || context.isWord(index, in: WordSets.who)
            {
                return nil
            }
            index -= 1
        }
        return nil
    }
}
