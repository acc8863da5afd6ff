extension SpeakerResolver {
    /// `"...," said Acme's deputy campaign manager, Rich Bellamy, who ran ...`, `"...," said
    /// his best friend at college, Bruce Tarrant.`: after an inverted verb of speech, a
    /// description followed by a name in commas is that name's apposition, and the name is the
    /// speaker. The name must be two to five capitalized words closed by a comma or the end of
    /// the sentence, so `said a spokesman, Reuters reported` (a clause) and `said his lawyer,
    /// Jane Doe's husband` (another person) name nobody.
    func invertedAppositiveName(of phrase: SpeakerPhrase) -> SpeakerPhrase? {
        guard phrase.kind == .descriptive, phrase.tokens.lowerBound > 0,
            context.speechVerb(at: phrase.tokens.lowerBound - 1) != nil
        else { return nil }
        let count = context.tokens.count
        // The description may run on past the words the reader kept (`his best friend at
        // college`): words only, no verb, up to the comma.
        var comma = phrase.tokens.upperBound
        while comma < count, comma - phrase.tokens.upperBound < Self.longestDescriptionTail,
            context.tokens[comma].kind == .word, context.verbID(at: comma) < 0,
            !context.isWord(comma, in: Self.clauseOpeners)
        {
            comma += 1
        }
        guard comma + 2 < count, context.isMark(comma, 0x2C) else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        var end = comma + 1
        while end < count, end - comma <= Self.longestAppositiveName, reader.isNamePart(end) { end += 1 }
        guard end < count, context.isMark(end, 0x2C) || context.isClauseEnd(end),
            let named = reader.namePhrase((comma + 1)..<end), named.kind == .name,
            let name = named.nameTokens, name.count >= 2
        else { return nil }
        return named
    }

    /// Most words a description runs on after the reader's phrase (`at the state university`).
    static let longestDescriptionTail = 6

    /// A relative or coordinated clause ends the description (`a man who knew him, ...`).
    static let clauseOpeners: [String] = ["who", "whom", "whose", "which", "that", "and", "but", "or"]
}
