extension SpeakerPhraseReader {
    /// `Ryan and Lee will meet next week, Spicer said, adding, "..."`, `"...," Cruz said at a
    /// rally, adding that ...`: a participle after a cue that closes its clause shares that
    /// cue's subject, not the sentence's (whose opening may be another person, or the
    /// quotation's own words). The cue is the nearest verb of saying before the comma, with
    /// nothing but a short tail (`at a rally in Reno`, `Tuesday`) after it, and its subject
    /// must open a clause: after a comma, a quotation mark or the sentence start.
    func postposedCueSubject(endingAt end: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = end
        while index > lowerBound, end - index < 20 {
            if context.isQuoteMark(index) || context.isClauseEnd(index) || context.isMark(index, 0x2C) { return nil }
            if let verb = context.speechVerb(at: index), verb.traits.contains(.speech) {
                guard verb.form == .past || verb.form == .present, !context.isWord(index - 1, in: WordSets.to),
                    let subject = phrase(endingAt: skippingAdverbs(before: index, from: lowerBound), from: lowerBound),
                    subject.kind != .pluralPronoun
                else { return nil }
                let opener = subject.tokens.lowerBound - 1
                guard opener < lowerBound || context.isMark(opener, 0x2C) || context.isQuoteMark(opener) else {
                    return nil
                }
                return subject
            }
            index -= 1
        }
        return nil
    }

    /// The last token before `verb` that is not an adverb or auxiliary (`Cruz also said`).
    private func skippingAdverbs(before verb: Int, from lowerBound: Int) -> Int {
        var index = verb - 1
        while index > lowerBound, isSkippable(index) { index -= 1 }
        return index
    }
}
