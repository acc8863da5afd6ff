/// Sieve rule 2: a journalist's report carries the quotation (`NPR's Lucian Kim reports that
/// Lavrov went into talks "warning that ..."`, `"...," Charles Maynes reports for NPR`): the
/// words are the reporter's, whoever else the clause names.
struct JournalistReportRule: AttributionRule {
    static let reportVerbs: Set<String> = ["reports", "reported", "writes", "wrote", "reporting"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        // Before: `Outlet's Name reports (that) ... "quote"`.
        var index = site.openToken - 1
        while index > site.lowerBound {
            if context.isQuoteMark(index) { break }
            if isReportVerb(index, context), let speaker = reader.subject(before: index, from: site.lowerBound),
                speaker.kind == .name, isByOutlet(speaker, context) || context.lower(index).hasPrefix("report")
            {
                return Cue(verbTokens: index..<(index + 1), speaker: speaker)
            }
            index -= 1
        }
        // After: `"...," Name reports for Outlet`.
        var after = site.afterToken
        while after < site.upperBound, context.isPunctuation(after, WordSets.commaEmDashDoubleHyphen) { after += 1 }
        for verb in after..<min(site.upperBound, after + 6) where isReportVerb(verb, context) {
            guard let speaker = reader.subject(before: verb, from: after), speaker.kind == .name,
                speaker.tokens.lowerBound == after
            else { return nil }
            return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
        }
        return nil
    }

    /// Every report verb is in the lexicon, so a lower-case token that is not a verb of
    /// reporting (an array look-up) needs no string test.
    private func isReportVerb(_ index: Int, _ context: AttributionContext) -> Bool {
        guard context.tokens.indices.contains(index) else { return false }
        let token = context.tokens[index]
        guard context.speechVerb(at: index) != nil || token.isCapitalized || token.isAllCaps else { return false }
        return context.isWord(index, in: Self.reportVerbs)
    }

    /// `NPR's Lucian Kim`: the name follows an outlet's possessive.
    private func isByOutlet(_ speaker: SpeakerPhrase, _ context: AttributionContext) -> Bool {
        let before = speaker.tokens.lowerBound - 1
        return before >= 0 && context.tokens[before].isPossessive
    }
}
