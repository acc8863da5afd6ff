/// Sieve rule: the sentence's subject characterizes someone in quoted words:
/// `Reid has been pounding Trump as a "con artist"`, `Trump admires Putin as a "strong
/// leader"`. Only a named or pronoun object before `as`, and no passive (`known as`,
/// `described as`), where the words are nobody's in particular.
struct CharacterizationRule: AttributionRule {
    static let objectPronouns: Set<String> = ["him", "her", "them", "himself", "herself", "themselves"]
    /// Relative and subordinate links: past one, the sentence's subject is not the clause's.
    static let clauseLinks: Set<String> = [
        "that", "which", "who", "whom", "whose", "when", "while", "because", "if", "although",
        "though", "whereas", "where", "unless", "until",
    ]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        var index = site.openToken - 1
        if context.isWord(index, in: WordSets.articles) { index -= 1 }
        guard index - 1 > site.lowerBound, context.isWord(index, in: WordSets.asWord) else { return nil }
        let object = index - 1
        let token = context.tokens[object]
        let named = token.kind == .word && token.isCapitalized && !token.isPossessive
        guard named || context.isWord(object, in: Self.objectPronouns) else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        var objectStart = object
        while named, objectStart - 1 > site.lowerBound, reader.isNamePart(objectStart - 1) { objectStart -= 1 }
        guard let subject = reader.sentenceSubject(from: site.lowerBound, before: objectStart), isPerson(subject),
            subject.tokens.upperBound < objectStart,
            !(subject.tokens.upperBound..<objectStart).contains(where: {
                context.isWord($0, in: Self.clauseLinks) || context.isClauseEnd($0) || context.isQuoteMark($0)
                    || context.isWord($0, in: WordSets.isAreWasEtc)
            })
        else { return nil }
        return Cue(verbTokens: (objectStart - 1)..<objectStart, speaker: subject)
    }

    private func isPerson(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase.kind {
        case .name, .pronoun: return true
        case .pluralPronoun, .descriptive: return false
        }
    }
}
