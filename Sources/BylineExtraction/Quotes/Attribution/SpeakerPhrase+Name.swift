extension SpeakerPhraseReader {
    /// A description that ends in a name names that person: `the Rev. Peter Wherry`,
    /// `the group's founder, Jane Doe`. A name after `for`, `of` or a possessive is someone
    /// else (`a spokesman for Mr. Trump`).
    func namingDescription(_ phrase: SpeakerPhrase) -> SpeakerPhrase {
        guard phrase.kind == .descriptive else { return phrase }
        let end = phrase.tokens.upperBound
        var start = end
        while start - 1 >= phrase.tokens.lowerBound, isNamePart(start - 1) { start -= 1 }
        guard start < end, start > phrase.tokens.lowerBound else { return phrase }
        let before = start - 1
        if context.isWord(before, in: WordSets.forOfAtEtc) || context.tokens[before].isPossessive {
            return phrase
        }
        guard var named = namePhrase(start..<end) else { return phrase }
        named.tokens = phrase.tokens
        return named
    }
}
