/// `Mr. Trump was prompted to say, "..."`, `Jo Hale was heard saying, "..."`: after a passive
/// (`was` and a past participle) the infinitive or participle of saying is the passive
/// subject's own: the one prompted to say, or heard saying, says it. The subject must be a
/// name or `he`/`she` opening its clause (after the sentence start, a comma or a clause link).
extension SpeakerPhraseReader {
    static let irregularPassives: Set<String> = ["heard", "overheard", "caught", "seen", "told", "shown", "forced"]

    /// The subject of the passive whose participle is the token at `participle`, or nil.
    func passiveSubject(participle: Int, from lowerBound: Int) -> SpeakerPhrase? {
        guard participle - 2 >= lowerBound, context.tokens[participle].kind == .word,
            !context.tokens[participle].isCapitalized
        else { return nil }
        let word = context.tokens[participle].text
        guard word.hasSuffix("ed") || Self.irregularPassives.contains(word),
            context.isWord(participle - 1, in: WordSets.isWasAreEtc)
        else { return nil }
        var end = participle - 2
        while end > lowerBound, isSkippable(end) { end -= 1 }
        guard let subject = phrase(endingAt: end, from: lowerBound), subject.tokens.upperBound == end + 1 else { return nil }
        switch subject.kind {
        case .name, .pronoun: break
        case .pluralPronoun, .descriptive: return nil
        }
        let opener = subject.tokens.lowerBound - 1
        guard opener < lowerBound || context.isMark(opener, 0x2C) || context.isQuoteMark(opener)
            || context.isWord(opener, in: CharacterizationRule.clauseLinks)
        else { return nil }
        return subject
    }
}
