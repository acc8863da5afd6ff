extension SpeakerResolver {
    /// `"...," the White House spokesman, Josh Earnest, said`, `Acme's chief executive, Jane
    /// Doe, told the BBC`, `The Higher Education Minister, Kim Howells, said:`: a description
    /// set off before a name in commas, right ahead of the verb, is that name's apposition,
    /// and the name is the speaker. The subject readers skip the commas' aside and keep the
    /// description, which names nobody. Only a run of capitalized words closed by a comma
    /// and followed within three words by a verb of speech counts: `the senator, Ohio's
    /// junior member, said` names no one.
    func appositiveName(of phrase: SpeakerPhrase) -> SpeakerPhrase? {
        // `The Higher Education Minister, Kim Howells, said`: capitalized, the title reads as
        // the name (the phrase may run on over the apposition), but a name ends in no title.
        let head = phrase.kind == .name ? phrase.nameTokens ?? phrase.tokens : phrase.tokens
        let comma = head.upperBound
        guard phrase.kind == .descriptive
            || (phrase.kind == .name && comma > 0 && context.isWord(comma - 1, in: SpeakerWords.titles))
        else { return nil }
        let count = context.tokens.count
        guard comma + 3 < count, context.isMark(comma, 0x2C) else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        var end = comma + 1
        while end < count, end - comma <= Self.longestAppositiveName, reader.isNamePart(end) { end += 1 }
        guard end > comma + 1, end < count, context.isMark(end, 0x2C),
            ((end + 1)..<min(count, end + 4)).contains(where: { context.verbID(at: $0) >= 0 }),
            let named = reader.namePhrase((comma + 1)..<end), named.kind == .name
        else { return nil }
        return named
    }

    /// Most capitalized words an apposited name runs to (`Sen. John D. Rockefeller IV`).
    static let longestAppositiveName = 5
}
