extension SpeakerPhraseReader {
    /// Verbs that make their object do what the infinitive says: `led advisers like Gene
    /// Sperling to counter that ...`, `prompted Hillary Clinton to call them "..."`. The object
    /// did say it. Verbs of asking (`urged them to support`, `asked him to say`) report what
    /// someone should say, and stay out.
    static let causatives: WordClass = [
        "led", "leading", "leads", "lead", "prompted", "prompting", "prompts", "prompt", "spurred", "spurring",
        "spurs", "forced", "forcing", "forces", "drove", "driving", "drives", "inspired", "inspiring", "inspires",
        "provoked", "provoking", "provokes", "caused", "causing", "causes",
    ]

    /// The object of a causative verb that stands before the `to` of an infinitive of saying
    /// (`leading Clinton economic advisers like Gene Sperling to counter`, `led him to say`): a
    /// name (the last one of the object, as after `like`) or `him`/`her`, at most eight words
    /// after the verb with no punctuation or clause link on the way. Nil otherwise.
    func causedSpeaker(to: Int, from lowerBound: Int) -> SpeakerPhrase? {
        let end = to - 1
        // A verb of saying (`to counter that`), not of thinking (`led Lee to fear a "..."`
        // is what the writer says Lee fears).
        guard end > lowerBound, let verb = context.speechVerb(at: to + 1), verb.traits.contains(.speech) else { return nil }
        let object: SpeakerPhrase
        if context.isWord(end, in: Self.personObjects), let found = pronoun(at: end) {
            object = found
        } else if isNamePart(end), let found = phrase(endingAt: end, from: lowerBound), found.kind == .name {
            object = found
        } else {
            return nil
        }
        var index = object.tokens.lowerBound - 1
        while index >= lowerBound, end - index <= 9 {
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number, !context.isWord(index, in: CharacterizationRule.clauseLinks)
            else { return nil }
            if !token.isCapitalized, context.isWord(index, in: Self.causatives) { return object }
            index -= 1
        }
        return nil
    }

    static let personObjects: WordClass = ["him", "her"]
}
