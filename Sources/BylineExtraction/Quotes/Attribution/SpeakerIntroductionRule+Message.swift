/// `The DNC issued a statement apologizing to Sanders.` / `"On behalf of everyone ..."`: a
/// sentence whose subject puts out a message (an authoring verb with a message noun as its
/// object) introduces the quotation that follows, as a verb of saying would.
extension SpeakerIntroductionRule {
    /// Most words between the verb and its message noun (`a brief written statement`).
    static let messageReach = 4

    func authoredMessage(_ intro: Sentence, _ context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        for verb in intro.tokens.prefix(Self.reach) {
            // A verb of saying first decides alone (the main rule).
            if context.speechVerb(at: verb) != nil { return nil }
            guard isFinitePast(verb, context), let noun = messageNoun(after: verb, in: intro, context),
                let speaker = reader.clauseSubject(of: verb, from: intro.tokens.lowerBound)
            else { continue }
            switch speaker.kind {
            case .name, .pronoun: return Cue(verbTokens: verb..<(noun + 1), speaker: speaker)
            case .pluralPronoun, .descriptive: return nil
            }
        }
        return nil
    }

    /// `issued`, `released`, `posted`, `sent`, `wrote`: an authoring verb in the past tense.
    private func isFinitePast(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word, !token.isCapitalized, let last = token.text.utf8.last,
            last == UInt8(ascii: "d") || last == UInt8(ascii: "t") || last == UInt8(ascii: "e"),
            let lemma = AuthoringVerbs.forms[token.text]
        else { return false }
        return lemma != token.text && !token.text.hasSuffix("ing")
    }

    /// The message noun after `verb`, with only lower-case modifiers between (`a statement`,
    /// `a brief written statement`), or nil.
    private func messageNoun(after verb: Int, in intro: Sentence, _ context: AttributionContext) -> Int? {
        var index = verb + 1
        while index < intro.tokens.upperBound, index - verb <= Self.messageReach {
            let token = context.tokens[index]
            guard token.kind == .word, !token.isCapitalized else { return nil }
            if SpeakerWords.messageNouns.contains(token.text) { return index }
            if context.isWord(index, in: SpeakerWords.stops) { return nil }
            index += 1
        }
        return nil
    }
}
