/// Sieve rule: an outlet's report carries the quotation's clause: `Trump welcomed the news,
/// saying the governor was "doing the right thing," and hinted at a joint ticket, CNN
/// reported.` The words are credited to the outlet the text cites for them, as issue 5's
/// rule 5 credits `NPR's Lucian Kim reports that Lavrov went into talks "warning ..."` to
/// the reporter, not to the subject of the inner cue.
///
/// Only `, NAME reported` (or `reports`) closing the quotation's sentence counts, and only
/// when the quotation has no cue of its own right after it: `"...," Lavrov said, according
/// to Tass` stays Lavrov's, as the seed has it (PolNeAR's annotation credits the
/// outlet there; the seed rules), and so does `"...," Lavrov said, Tass reported`.
struct NestedReportRule: AttributionRule {
    static let reportedForms: WordClass = ["reported", "reports"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil, site.afterToken < site.afterBound,
            context.hasCue(in: site.afterToken..<site.afterBound),
            Self.mayReport(site, context)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        let bound = site.afterBound
        var index = site.afterToken
        while index < bound {
            // Another quotation or clause in between: the outer cue is not this quotation's.
            if context.isQuoteMark(index) || context.isPunctuation(index, WordSets.semicolon) { return nil }
            if context.isClauseEnd(index) { return nil }
            if context.isMark(index, 0x2C), let cue = reported(after: index, bound, context, reader) {
                // `"...," Lavrov said, Tass reported.`: the quotation's own cue beside it wins,
                // as it does before `according to Tass`.
                if let own = AdjacentCueRule().cue(for: site, in: context), own.verbTokens.lowerBound >= site.afterToken,
                    own.verbTokens != cue.verbTokens
                {
                    return nil
                }
                return cue
            }
            index += 1
        }
        return nil
    }

    /// Whether a cue after the quotation (up to the token at its bound, where the name may
    /// end) is `reported` or `reports`: the verb `reported(after:)` needs is a verb of
    /// reporting, so a cue. Without one, no comma can start the outlet's report, and the scan
    /// of every token to the sentence's end is skipped (most quotations have none).
    static func mayReport(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        context.cues(in: site.afterToken..<(site.afterBound + 1)).contains { context.isWord(Int($0), in: reportedForms) }
    }

    /// `, CNN reported.`, `, The New York Times reported Tuesday.`: an outlet's report verb
    /// after its name, closing the sentence.
    private func reported(after comma: Int, _ bound: Int, _ context: AttributionContext, _ reader: SpeakerPhraseReader) -> Cue? {
        var start = comma + 1
        if context.isWord(start, in: WordSets.articles) { start += 1 }
        guard start < bound, reader.isNamePart(start) else { return nil }
        var verb = start
        while verb < bound, verb - start < 6, reader.isNamePart(verb) { verb += 1 }
        guard context.isWord(verb, in: Self.reportedForms), context.speechVerb(at: verb) != nil,
            closesSentence(from: verb + 1, bound, context),
            let speaker = reader.namePhrase(start..<verb)
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
    }

    /// Nothing but a short tail of words (`on Tuesday`, `last week`) before the sentence ends.
    private func closesSentence(from index: Int, _ bound: Int, _ context: AttributionContext) -> Bool {
        var cursor = index
        while cursor < bound, cursor - index < 4, context.tokens[cursor].kind == .word { cursor += 1 }
        return cursor >= bound || context.isClauseEnd(cursor) || context.isQuoteMark(cursor)
    }
}
