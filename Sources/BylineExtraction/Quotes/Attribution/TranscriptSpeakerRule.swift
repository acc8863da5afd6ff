/// Sieve rule 0: a transcript names its speaker in capitals before a colon, opening the
/// paragraph (`PENCE: Well, look, ...`), inside the quotation (`"WALLACE: But, Governor ..."`)
/// or before it (`CLINTON: "We will ..."`). The most explicit cue there is.
struct TranscriptSpeakerRule: AttributionRule {
    /// Capitalized labels that head a paragraph without naming a speaker.
    static let notSpeakers: Set<String> = [
        "update", "updated", "breaking", "note", "editor", "editors", "watch", "read", "more",
        "related", "photos", "photo", "video", "correction", "clarification", "warning", "source",
        "sources", "advertisement", "listen", "see", "also", "q", "a", "ps", "p.s.",
    ]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested else { return nil }
        // Inside: the label is the quotation's first words.
        if let colon = labelEnd(from: site.openToken + 1, context), colon < site.afterToken {
            return cue(label: (site.openToken + 1)..<colon, colon: colon, context)
        }
        // Before: the paragraph opens with the label and the quotation follows the colon.
        let paragraphStart = context.tokenIndex(atOrAfter: context.text.paragraphs[quote.paragraph].start)
        if site.openToken > paragraphStart, let colon = labelEnd(from: paragraphStart, context), colon == site.openToken - 1 {
            return cue(label: paragraphStart..<colon, colon: colon, context)
        }
        return nil
    }

    /// The colon after a label of one to three words in capitals starting at `start`.
    private func labelEnd(from start: Int, _ context: AttributionContext) -> Int? {
        var index = start
        while index < context.tokens.count, index - start < 3, isLabelWord(index, context) { index += 1 }
        guard index > start, context.isPunctuation(index, WordSets.colon) else { return nil }
        return index
    }

    private func isLabelWord(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        return token.kind == .word && token.isAllCaps && token.text.utf16.count >= 2
            && !Self.notSpeakers.contains(context.lower(index))
    }

    private func cue(label: Range<Int>, colon: Int, _ context: AttributionContext) -> Cue {
        Cue(verbTokens: colon..<(colon + 1), speaker: SpeakerPhrase(kind: .name, tokens: label, nameTokens: label))
    }
}
