/// Session 6: participles of saying whose speaker is not the sentence's subject.
extension SpeakerPhraseReader {
    /// `I'm old enough to remember President Jimmy Carter going on TV in 1977, declaring a
    /// "moral equivalent of war"`: when the sentence's subject is the writer (`I`, `we`) or
    /// nobody, a participle after a comma is said by the name that does the earlier `-ing`
    /// action of the clause (`Jimmy Carter going`).
    func gerundActor(before comma: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = comma - 1
        while index > lowerBound, comma - index <= 30 {
            if context.isClauseEnd(index) || context.isQuoteMark(index) { return nil }
            let word = context.tokens[index]
            if word.kind == .word, !word.isCapitalized, word.text.hasSuffix("ing"), word.text.count > 4, isNamePart(index - 1),
                let actor = phrase(endingAt: index - 1, from: lowerBound), actor.kind == .name
            {
                return actor
            }
            index -= 1
        }
        return nil
    }

    /// `... an academic named Eric Kingson, who is running for Congress and who worked the
    /// crowd, praising "..."`: with no subject that speaks, a participle after a relative
    /// clause is said by the name the clause describes.
    func relativeAntecedent(before comma: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = comma - 1
        while index > lowerBound + 1, comma - index <= 30 {
            if context.isClauseEnd(index) || context.isQuoteMark(index) { return nil }
            if context.tokens[index].text == "," {
                guard context.isWord(index + 1, in: WordSets.who),
                    let antecedent = phrase(endingAt: index - 1, from: lowerBound), antecedent.kind == .name
                else { return nil }
                return antecedent
            }
            index -= 1
        }
        return nil
    }

    /// Whether the phrase is the writer: `I`, `we`, `I'm`, `I've`.
    func isFirstPerson(_ phrase: SpeakerPhrase) -> Bool {
        let word = context.lower(phrase.tokens.lowerBound)
        return phrase.tokens.count == 1
            && (word == "i" || word == "we" || word.hasPrefix("i'") || word.hasPrefix("i’") || word.hasPrefix("we'") || word.hasPrefix("we’"))
    }

    /// `..., declaring a "moral equivalent of war" ..., and telling Americans that "..."`: a
    /// participle joined by `and` to an earlier participle of saying after a comma has that
    /// participle's speaker.
    func coordinatedParticipleSpeaker(_ verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
        guard context.isWord(verb - 1, in: Self.andWord) else { return nil }
        var index = verb - 2
        while index > lowerBound, verb - index <= 30 {
            if context.isClauseEnd(index) { return nil }
            if context.tokens[index - 1].text == ",", let found = context.speechVerb(at: index), found.form == .participle,
                found.traits.contains(.speech)
            {
                return participleSpeaker(index, from: lowerBound)
            }
            index -= 1
        }
        return nil
    }
}
