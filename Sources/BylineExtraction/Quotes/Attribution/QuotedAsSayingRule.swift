/// Sieve rule: `"...," Arab News quoted Prince Saud as saying.` / `The agency quoted worker
/// Jo Hale as saying: "..."`: a report that quotes someone names who spoke, not the outlet
/// that did the quoting. Asked before the adjacent cue, which takes the outlet for the
/// subject of `quoted`. A description (`quoted a spokesman as saying`) claims the quotation
/// for nobody rather than for the outlet.
struct QuotedAsSayingRule: AttributionRule {
    static let quoted: WordClass = ["quoted", "quotes", "quote", "quoting"]
    static let saying: WordClass = ["saying", "telling", "writing"]
    static let asWord: WordClass = ["as"]
    /// Most words from the closing mark to `quoted` (`the state-run Xinhua news agency`).
    static let outletReach = 7
    /// Most words of the quoted person's phrase (`Peoplesoft worker David Ogden`).
    static let speakerReach = 8

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested else { return nil }
        if quote.closeMark != nil {
            let start = site.afterToken
            let limit = min(site.afterBound, start + Self.outletReach)
            if start < limit, let verb = (start..<limit).first(where: { context.isWord($0, in: Self.quoted) }),
                !(start..<verb).contains(where: { context.isClauseEnd($0) || context.isQuoteMark($0) }),
                let cue = quotedPerson(after: verb, to: site.afterBound, context)
            {
                return cue
            }
        }
        // `... quoted Jo Hale as saying: "..."`
        var before = site.openToken - 1
        guard before > site.lowerBound else { return nil }
        if context.isMark(before, 0x3A) || context.isMark(before, 0x2C) { before -= 1 }
        guard before - 3 >= site.lowerBound, context.isWord(before, in: Self.saying),
            context.isWord(before - 1, in: Self.asWord),
            let verb = (max(site.lowerBound, before - 1 - Self.speakerReach)..<(before - 2)).last(where: {
                context.isWord($0, in: Self.quoted)
            })
        else { return nil }
        return quotedPerson(after: verb, to: before + 1, context)
    }

    /// `quoted Prince Saud as saying`: the phrase between the verb and `as saying`.
    private func quotedPerson(after verb: Int, to upperBound: Int, _ context: AttributionContext) -> Cue? {
        let limit = min(upperBound, verb + 2 + Self.speakerReach)
        guard verb + 2 < limit,
            let asIndex = ((verb + 2)..<limit).first(where: { context.isWord($0, in: Self.asWord) }),
            context.isWord(asIndex + 1, in: Self.saying),
            !((verb + 1)..<asIndex).contains(where: { context.isClauseEnd($0) || context.isQuoteMark($0) }),
            let phrase = SpeakerPhraseReader(context: context).phrase(endingAt: asIndex - 1, from: verb + 1)
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: phrase)
    }
}
