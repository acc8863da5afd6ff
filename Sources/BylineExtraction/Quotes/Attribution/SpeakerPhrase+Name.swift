extension SpeakerPhraseReader {
    /// A description that ends in a name names that person: `the Rev. Peter Wherry`,
    /// `the group's founder, Jane Doe`. A name after `for`, `of` or a possessive is someone
    /// else (`a spokesman for Mr. Trump`).
    func namingDescription(_ phrase: SpeakerPhrase) -> SpeakerPhrase {
        guard phrase.kind == .descriptive else { return phrase }
        let end = phrase.tokens.upperBound
        var start = end
        while start - 1 >= phrase.tokens.lowerBound, isNamePart(start - 1) { start -= 1 }
        // `The Hill`: a capitalized article opens the description, it is not part of the name.
        while start < end, context.isWord(start, in: SpeakerWords.capitalizedFunctionWords) { start += 1 }
        guard start < end, start > phrase.tokens.lowerBound else { return phrase }
        let before = start - 1
        if context.isWord(before, in: WordSets.forOfAtEtc) { return phrase }
        // `a spokesman for Mr. Trump's campaign` names someone else, but a possessive place or
        // party right before the name only says where the person is from (`Florida's Rick
        // Wilson`, `the Likud Party's Dan Meir`).
        // (The clitic `'s` is its own token; its owner stands before it.)
        if context.tokens[before].isPossessive,
            before == 0 || !context.tokens[before - 1].isCapitalized || end - start < 2
        {
            return phrase
        }
        guard var named = namePhrase(start..<end) else { return phrase }
        named.tokens = phrase.tokens
        return named
    }
}

extension SpeakerPhraseReader {
    /// The author a description of a document names: `the IMF report` (the name before the
    /// noun), `Dana Pike's statement` (the possessor), `a speech Mrs. Clinton delivered` (the
    /// name after it).
    func namedAuthor(in phrase: SpeakerPhrase) -> SpeakerPhrase? {
        let range = phrase.tokens
        guard let noun = range.first(where: { context.isWord($0, in: SpeakerWords.documentNouns) }) else { return nil }
        // `Dana Pike's statement`: the possessor (the clitic `'s` is its own token, after its owner).
        if noun - 2 >= range.lowerBound, context.tokens[noun - 1].isPossessive, isNamePart(noun - 2) {
            var first = noun - 2
            while first - 1 >= range.lowerBound, isNamePart(first - 1) { first -= 1 }
            while first < noun - 2, context.isWord(first, in: SpeakerWords.capitalizedFunctionWords) { first += 1 }
            return namePhrase(first..<(noun - 1))
        }
        var start = noun
        while start - 1 >= range.lowerBound, isNamePart(start - 1) { start -= 1 }
        while start < noun, context.isWord(start, in: SpeakerWords.capitalizedFunctionWords) { start += 1 }
        if start < noun { return namePhrase(start..<noun) }
        var end = noun + 1
        while end < range.upperBound, isNamePart(end) { end += 1 }
        return end > noun + 1 ? namePhrase((noun + 1)..<end) : nil
    }
}

extension SpeakerPhraseReader {
    /// `it` as a speaker stands for the organisation the sentence opens with (`The Security
    /// Council ... pledged sanctions against what it called "a clear threat"`). Only a name
    /// with the article qualifies: people take none. Any other phrase is returned as it is.
    func antecedent(ofIt phrase: SpeakerPhrase, from lowerBound: Int) -> SpeakerPhrase {
        guard phrase.kind == .pluralPronoun, context.lower(phrase.tokens.lowerBound) == "it",
            let subject = sentenceSubject(from: lowerBound, before: phrase.tokens.lowerBound), subject.kind == .name,
            context.isWord(subject.tokens.lowerBound - 1, in: WordSets.the)
                || context.isWord(subject.tokens.lowerBound, in: WordSets.the)
        else { return phrase }
        return subject
    }
}
