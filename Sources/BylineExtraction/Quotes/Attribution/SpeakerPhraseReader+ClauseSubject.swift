extension SpeakerPhraseReader {
    /// The subject of a finite verb: the phrase right before it (`Trump later called`), else
    /// the sentence's subject when nothing between them opens another clause (`Trump in his
    /// announcement speech called`). Only a person, a pronoun or a role (`the campaign`).
    func clauseSubject(of verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
        if let direct = subject(before: verb, from: lowerBound), isSpeakerPhrase(direct) { return direct }
        guard let opening = sentenceSubject(from: lowerBound, before: verb), isSpeakerPhrase(opening),
            opening.tokens.upperBound < verb,
            !(opening.tokens.upperBound..<verb).contains(where: {
                context.isWord($0, in: CharacterizationRule.clauseLinks) || context.isClauseEnd($0) || context.isQuoteMark($0)
                    || context.isWord($0, in: WordSets.isAreWasEtc) || context.speechVerb(at: $0) != nil
            })
        else { return nil }
        return opening
    }

    func isSpeakerPhrase(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase.kind {
        case .name, .pronoun: return true
        case .pluralPronoun: return false
        case .descriptive: return SpeakerWords.roleNouns.contains(context.lower(phrase.tokens.upperBound - 1))
        }
    }
}

extension SpeakerPhraseReader {
    /// Words that open an adverbial phrase or clause before the sentence's subject: `After the
    /// debate,`, `Like Corker,`, `Here in Columbia,`, `When Trump arrived,`.
    static let adverbialOpeners: Set<String> = [
        "after", "before", "during", "following", "like", "unlike", "despite", "in", "on", "at", "with", "without",
        "amid", "since", "when", "while", "as", "although", "though", "if", "because", "here", "upon", "under",
        "from", "for", "by", "through", "throughout", "speaking", "asked", "once", "until", "unless", "whereas",
    ]

    /// Whether the sentence at `start` opens with such a phrase.
    func opensWithAdverbialPhrase(_ start: Int) -> Bool {
        context.tokens.indices.contains(start) && context.tokens[start].isCapitalized
            && context.isWord(start, in: Self.adverbialOpeners)
    }
}
