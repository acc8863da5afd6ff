/// Sieve rule: a quoted fragment inside a report that is itself
/// reported by someone else (`Rep. Jo Hale said Lee called on members to be "closely
/// coordinated."`, `Mr. Ross said Mr. Obama had told them he would not allow "no daylight"`)
/// is the outer speaker's: the writer took the words from the one who tells of it, who may
/// be putting the inner speaker's words in their own. The outer verb is `said` or `says`
/// right before the inner named subject (or before a `that` it opens, past a short phrase:
/// `Trump said at a rally that Clinton once described it as "..."`), both speakers are names,
/// and the quotation is a fragment of the clause (no comma or colon opens it). A quotation
/// the inner speaker says aloud (`Hale said Lee told him, "..."`) is left to the other rules.
struct OuterReportRule: AttributionRule {
    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let open = site.openToken
        // Two verbs of saying before the quotation (the outer `said` and the inner one), read
        // from the context's running count before any token is.
        guard open - 1 >= site.lowerBound, context.tokens[open - 1].kind == .word,
            context.cues(in: site.lowerBound..<open).count >= 2
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        var index = open - 1
        while index >= site.lowerBound, open - index <= 40 {
            if context.isQuoteMark(index) || context.isClauseEnd(index) || context.isPunctuation(index, WordSets.semicolon) {
                return nil
            }
            guard let verb = context.speechVerb(at: index), verb.traits.contains(.speech),
                verb.form == .past || verb.form == .present
            else {
                index -= 1
                continue
            }
            // The nearest verb of saying before the quotation is the inner report's.
            guard let inner = reader.subject(before: index, from: site.lowerBound), inner.kind == .name,
                let outer = outerCue(before: inner, site, context, reader)
            else { return nil }
            return outer
        }
        return nil
    }

    /// `Hale said (that) Lee`: the outer verb right before the inner subject, and its named subject.
    private func outerCue(before inner: SpeakerPhrase, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader)
        -> Cue?
    {
        var verb = inner.tokens.lowerBound - 1
        if verb >= site.lowerBound, context.isWord(verb, in: WordSets.that) {
            // `Trump said during a rally in Michigan that Clinton ...`: a phrase of plain words
            // may stand between the outer verb and its `that`.
            let that = verb
            verb -= 1
            while verb > site.lowerBound, that - verb <= 10, !context.isWord(verb, in: WordSets.saidSays),
                context.tokens[verb].kind == .word, context.speechVerb(at: verb) == nil
            {
                verb -= 1
            }
        }
        guard verb > site.lowerBound, context.isWord(verb, in: WordSets.saidSays), context.speechVerb(at: verb) != nil,
            let outer = reader.subject(before: verb, from: site.lowerBound), outer.kind == .name,
            let outerName = outer.nameTokens, let innerName = inner.nameTokens,
            context.text[context.span(of: outerName)] != context.text[context.span(of: innerName)]
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: outer)
    }
}
