extension SpeakerPhraseReader {
    /// The subject that opens the sentence, for a participle cue later in it
    /// (`Hillary Clinton spoke out Tuesday, arguing that ...`): a pronoun or a name run
    /// followed by a word (its verb), after any opening function words.
    func sentenceSubject(from start: Int, before limit: Int) -> SpeakerPhrase? {
        if let subject = subjectOpening(at: start, before: limit) { return subject }
        // `During a speech earlier in the day, Trump attacked ...`: after an opening phrase.
        for comma in start..<limit where context.tokens[comma].text == "," {
            if let subject = subjectOpening(at: comma + 1, before: limit) { return subject }
        }
        return nil
    }

    private func subjectOpening(at start: Int, before limit: Int) -> SpeakerPhrase? {
        var index = start
        while index < limit, context.isWord(index, in: SpeakerWords.capitalizedFunctionWords),
            !context.isWord(index, in: WordSets.heSheTheyEtc)
        {
            index += 1
        }
        guard index < limit else { return nil }
        if let pronoun = pronoun(at: index) { return pronoun }
        // The first name within a few words (`Democratic presidential nominee Hillary Clinton`).
        var first = index
        while first < min(limit, index + 6), !isNamePart(first) || context.isWord(first, in: SpeakerWords.titles) {
            guard context.tokens[first].kind == .word, !context.isWord(first, in: SpeakerWords.stops) else { return nil }
            first += 1
        }
        guard first < limit, isNamePart(first) else { return nil }
        var end = first
        while end < limit, isNamePart(end) || (context.isWord(end, in: SpeakerWords.nameConnectors) && end + 1 < limit && isNamePart(end + 1)) {
            end += 1
        }
        guard end < limit, context.tokens[end].kind == .word || [",", "("].contains(context.tokens[end].text) else {
            return nil
        }
        return namePhrase(index..<end)
    }

    /// The speaker of a participle cue at `verb`: `Hillary Clinton asking,` (the name right
    /// before it) or `, arguing that` (the sentence's subject).
    func participleSpeaker(_ verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
        guard verb > lowerBound else { return nil }
        if context.tokens[verb - 1].text == "," { return sentenceSubject(from: lowerBound, before: verb - 1) }
        guard let phrase = phrase(endingAt: verb - 1, from: lowerBound), phrase.kind == .name else { return nil }
        return phrase
    }
}

extension SpeakerPhraseReader {
    /// What may stand between a speaker and the verb: nothing, adverbs, a parenthesis
    /// (`(D-Mo.)`), or an apposition between commas (`, the attorney general of Oklahoma,`).
    func isAttributiveGap(from start: Int, to verb: Int) -> Bool {
        var index = start
        while index < verb {
            let token = context.tokens[index]
            if token.text == "(" {
                guard let close = (index..<verb).first(where: { context.tokens[$0].text == ")" }) else { return false }
                index = close + 1
            } else if token.text == "," {
                guard let close = ((index + 1)..<verb).first(where: { context.tokens[$0].text == "," }) else {
                    return false
                }
                let inside = (index + 1)..<close
                if inside.contains(where: { context.isQuoteMark($0) || context.isClauseEnd($0) }) {
                    return false
                }
                index = close + 1
            } else if token.kind == .word, !token.isCapitalized,
                SpeakerWords.skippable.contains(token.text) || token.text.hasSuffix("ly")
            {
                index += 1
            } else if context.isWord(index, in: WordSets.ofFromAt), verb - index <= 6,
                ((index + 1)..<verb).allSatisfy({ context.tokens[$0].kind == .word })
            {
                // `Mr. Morgan of the Sierra Club said`.
                return true
            } else {
                return false
            }
        }
        return true
    }
}
