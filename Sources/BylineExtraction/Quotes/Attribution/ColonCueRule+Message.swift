/// A message named right before the colon introduces its author's words: `Hale issued a
/// statement on Monday: "..."`, `Hale posted a video with the caption: "..."`, `Hale's tweet
/// read: "..."`, `A statement from Hale read: "..."`. The author is the message's possessor,
/// the name after `from`, or the subject of the clause that puts the message out
/// (`SpeakerPhraseReader.author(ofMessage:from:)`).
extension ColonCueRule {
    /// Messages whose words a colon may introduce (the message nouns, the words a post labels
    /// its text with, and a judgment given in words: `Hale's verdict:`, `a blunt assessment:`).
    static let colonMessages = WordClass(
        SpeakerWords.messageNouns.words.union([
            "caption", "note", "sentence", "assessment", "verdict", "advice", "explanation", "reaction", "retort",
        ]))
    /// `read`, `reads`, `said`, `says`: a message's own verb of saying before the colon.
    static let messageVerbs: WordClass = ["read", "reads", "said", "says", "stated", "states"]
    /// Most tokens between the message noun and the colon (`on Monday`, `on Twitter read`).
    static let messageReach = 4
    static let from: WordClass = ["from"]

    func messageBeforeColon(
        _ colon: Int, from start: Int, _ context: AttributionContext, _ reader: SpeakerPhraseReader
    ) -> Cue? {
        var index = colon - 1
        while index > start, colon - 1 - index <= Self.messageReach {
            if context.isWord(index, in: Self.colonMessages), !context.tokens[index].isCapitalized {
                return author(of: index, colon, from: start, context, reader)
                    .map { Cue(verbTokens: index..<(index + 1), speaker: $0) }
            }
            // Between message and colon: a time, a place, the message's verb; never a new
            // clause, a quotation or another verb of saying (`responded to the statement`
            // stays with the verb's own reading).
            guard context.tokens[index].kind == .word || context.tokens[index].kind == .number,
                !context.isWord(index, in: CharacterizationRule.clauseLinks),
                context.speechVerb(at: index) == nil || context.isWord(index, in: Self.messageVerbs)
            else { return nil }
            index -= 1
        }
        return nil
    }

    private func author(
        of noun: Int, _ colon: Int, from start: Int, _ context: AttributionContext, _ reader: SpeakerPhraseReader
    ) -> SpeakerPhrase? {
        // `A statement from Hale read:`: the name after `from`, up to the message's verb.
        if context.isWord(noun + 1, in: Self.from) {
            var end = noun + 2
            while end < colon, !context.isWord(end, in: Self.messageVerbs) { end += 1 }
            guard end > noun + 2, let named = reader.phrase(endingAt: end - 1, from: noun + 2), named.kind == .name,
                named.tokens.lowerBound == noun + 2
            else { return nil }
            return named
        }
        // A possessed message only when its possessor opens the clause, before any verb of
        // saying: `Lee responded to Hale's statement:` quotes Lee, not Hale. A message with
        // a determiner is the subject's (`Hale said in a statement:`).
        guard let author = reader.author(ofMessage: noun, from: start), isPerson(author) else { return nil }
        let end = author.tokens.upperBound
        guard end < noun, context.tokens[end].isPossessive else { return author }
        let verbBefore = (start..<author.tokens.lowerBound).contains { context.speechVerb(at: $0) != nil }
        return author.tokens.lowerBound == start && !verbBefore ? author : nil
    }
}
