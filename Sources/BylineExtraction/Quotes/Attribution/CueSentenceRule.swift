/// Sieve rule: a quotation opening its sentence right after a sentence that ends with its own
/// cue and says nothing itself (`Dana Pike agreed. "..."`, `Jo Lee, a spokesman, said in a
/// statement. "..."`, in the same paragraph): the quotation is what the cue announced. A sentence with content after its verb (`Lee said the vote was close.`)
/// or with a quotation of its own is left to the continuation rules.
struct CueSentenceRule: AttributionRule {
    /// Words that may open the short tail after the verb: time and circumstance, no object.
    static let tailOpeners: Set<String> = [
        "in", "on", "at", "during", "after", "before", "with", "via", "later", "earlier", "recently",
        "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "last", "this", "again", "too", "also", "simply", "flatly", "bluntly", "then", "afterward",
    ]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, site.openToken == site.lowerBound, site.lowerBound > 0 else { return nil }
        let previous = context.sentences[context.sentenceIndex(ofToken: site.lowerBound - 1)]
        if previous.paragraph + 1 == quote.paragraph { return introduction(previous, site, context) }
        guard previous.paragraph == quote.paragraph, context.hasCue(in: previous.tokens),
            !previous.tokens.contains(where: context.isQuoteMark)
        else { return nil }
        var end = previous.tokens.upperBound - 1
        guard end > previous.tokens.lowerBound, context.isClauseEnd(end) else { return nil }
        end -= 1
        let reader = SpeakerPhraseReader(context: context)
        for verb in stride(from: end, through: max(previous.tokens.lowerBound + 1, end - 5), by: -1) {
            if context.tokens[verb].kind == .punctuation { return nil }
            guard let found = context.speechVerb(at: verb), found.traits.contains(.speech),
                found.form == .past || found.form == .present
            else { continue }
            guard verb == end || context.isWord(verb + 1, in: Self.tailOpeners) || listenerOnly(after: verb, to: end, found, context),
                let speaker = reader.subject(before: verb, from: previous.tokens.lowerBound),
                speaker.kind != .pluralPronoun
            else { return nil }
            return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
        }
        return nil
    }

    /// `Lee told reporters.`, `Lee told CNN on Sunday.`: a listener and nothing said.
    private func listenerOnly(after verb: Int, to end: Int, _ found: SpeechVerb, _ context: AttributionContext) -> Bool {
        guard found.traits.contains(.takesListener), verb + 1 <= end else { return false }
        return !((verb + 1)...end).contains { context.isWord($0, in: WordSets.that) || context.speechVerb(at: $0) != nil }
            && end - verb <= 5
    }

    /// `Howard continued his scathing remarks.` or `Valastro praised the governor's record.`
    /// closing a paragraph, then a paragraph that is one quotation with no cue: the words are
    /// that subject's. The sentence must open with a named subject whose own verb reports
    /// speech, and hold no quotation.
    private func introduction(_ previous: Sentence, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard quote.openMark.start == context.text.paragraphs[quote.paragraph].start,
            quote.endParagraph == quote.paragraph, site.upperBound - site.afterToken <= 1,
            context.tokens.indices.contains(site.openToken + 1), context.tokens[site.openToken + 1].isCapitalized,
            context.hasCue(in: previous.tokens), !previous.tokens.contains(where: context.isQuoteMark)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = reader.sentenceSubject(from: previous.tokens.lowerBound, before: previous.tokens.upperBound),
            subject.kind == .name
        else { return nil }
        var verb = subject.tokens.upperBound
        while verb < previous.tokens.upperBound, reader.isSkippable(verb) { verb += 1 }
        guard let found = context.speechVerb(at: verb), found.traits.contains(.speech),
            found.form == .past || found.form == .present
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
    }
}
