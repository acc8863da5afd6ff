/// A participle of saying whose speaker is not the sentence's subject.
extension SpeakerPhraseReader {
    /// `... an academic named Eric Kingson, who is running for Congress and who worked the
    /// crowd, praising "..."`: with no subject that speaks, a participle after a relative
    /// clause is said by the name the clause describes.
    func relativeAntecedent(before comma: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = comma - 1
        while index > lowerBound + 1, comma - index <= 30 {
            if context.isClauseEnd(index) || context.isQuoteMark(index) { return nil }
            if context.isMark(index, 0x2C) {
                guard context.isWord(index + 1, in: WordSets.who),
                    let antecedent = phrase(endingAt: index - 1, from: lowerBound), antecedent.kind == .name
                else { return nil }
                return antecedent
            }
            index -= 1
        }
        return nil
    }
}
