extension SpeakerResolver {
    /// `the White House said`, `The Federal Reserve says`: an institution whose every word
    /// is also a title word (`White House press secretary`, `Federal Reserve Chairman`) is
    /// read as a description, `the` and all. When the words after `the` are capitals the
    /// recognizer found as one organization, that organization speaks. A person is never
    /// named this way (`the President said` stays a description for `TitleResolver`).
    func institution(namedBy phrase: SpeakerPhrase) -> Int? {
        let words = phrase.tokens
        guard words.count >= 2, context.isWord(words.lowerBound, in: WordSets.the) else { return nil }
        let name = (words.lowerBound + 1)..<words.upperBound
        guard name.allSatisfy({ context.tokens[$0].kind == .word && context.tokens[$0].isCapitalized && !context.tokens[$0].isPossessive })
        else { return nil }
        let span = context.span(of: name)
        guard let found = index.entity(covering: span), index.entities[found].type == .organization,
            index.mentions(overlapping: span).contains(where: { $0.entity == found && $0.span == span })
        else { return nil }
        return found
    }
}
