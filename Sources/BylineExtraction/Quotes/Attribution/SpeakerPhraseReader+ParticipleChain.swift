extension SpeakerPhraseReader {
    static let participleLinks: WordClass = ["and", "then"]

    /// `Axelrod emailed her, addressing her as "Hillary" and telling her, "..."`, `..., pointing
    /// to bottles and telling viewers that ...`: a participle joined by `and` to an earlier
    /// participle after a comma in its sentence continues that participle's clause, so it has
    /// the same speaker. The earlier participle's token, or nil.
    func coordinatedParticiple(before verb: Int, from lowerBound: Int) -> Int? {
        guard verb - 2 >= lowerBound, context.isWord(verb - 1, in: Self.participleLinks) else { return nil }
        var index = verb - 2
        while index > lowerBound, verb - index <= 30 {
            if context.isClauseEnd(index) || context.isPunctuation(index, WordSets.semicolon) { return nil }
            if isParticiple(index), commaBefore(participle: index, from: lowerBound) != nil { return index }
            index -= 1
        }
        return nil
    }

    /// `I remember President Jimmy Carter going on TV in 1977, declaring a "..."`: when the
    /// sentence's subject names nobody, a participle after a comma continues the participle
    /// clause before it, whose subject is the name right before its first participle.
    func participleClauseHead(before comma: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = comma - 1
        while index > lowerBound, comma - index <= 30 {
            if context.isClauseEnd(index) || context.isPunctuation(index, WordSets.semicolon) { return nil }
            if isParticiple(index), isNamePart(index - 1),
                let name = phrase(endingAt: index - 1, from: lowerBound), name.kind == .name
            {
                return name
            }
            index -= 1
        }
        return nil
    }

    /// The comma that sets off the participle at `verb`: right before it, or inside the
    /// closing mark of a quotation right before it (`in videos he calls "Consumer TV,"
    /// pointing to ...`). Nil when none does.
    func commaBefore(participle verb: Int, from lowerBound: Int) -> Int? {
        guard verb - 1 >= lowerBound else { return nil }
        if context.isMark(verb - 1, 0x2C) { return verb - 1 }
        // `, alternately shouting "..."`, `, repeatedly saying`: an adverb after the comma.
        if verb - 2 >= lowerBound, context.isMark(verb - 2, 0x2C), isMannerAdverb(verb - 1) { return verb - 2 }
        guard verb - 2 >= lowerBound, context.isQuoteMark(verb - 1), context.isMark(verb - 2, 0x2C) else { return nil }
        return verb - 2
    }

    /// `I`, `I'm`, `I've`, a lone `we`: the writer, whom no attribution names.
    func isWriter(_ phrase: SpeakerPhrase) -> Bool {
        let word = context.lower(phrase.tokens.lowerBound)
        if word == "i" || word.hasPrefix("i'") || word.hasPrefix("i’") { return true }
        return phrase.tokens.count == 1 && (word == "we" || word.hasPrefix("we'") || word.hasPrefix("we’"))
    }

    /// A lower-case word of five letters or more ending in `-ly` (`alternately`, `repeatedly`).
    func isMannerAdverb(_ index: Int) -> Bool {
        let token = context.tokens[index]
        return token.kind == .word && !token.isCapitalized && token.text.utf8.count > 4 && token.text.hasSuffix("ly")
    }

    /// A lower-case word of five letters or more ending in `-ing` (`telling`, `going`).
    private func isParticiple(_ index: Int) -> Bool {
        let token = context.tokens[index]
        return token.kind == .word && !token.isCapitalized && token.text.utf8.count > 4 && token.text.hasSuffix("ing")
    }
}
