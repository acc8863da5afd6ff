extension SpeakerPhraseReader {
    /// `Pike was called "a liar" by critics`, `Waller was told the plan was ...`, `was asked,
    /// "..."`: a verb of reporting in the past participle after a form of `be` (adverbs
    /// between) is a passive; its subject is spoken to or about, never the speaker. `was quoted
    /// as saying` reports its subject's words and stays a cue.
    func isPassive(_ verb: Int) -> Bool {
        guard verb > 0, let found = context.speechVerb(at: verb), found.form == .past, found.lemma != "quote" else { return false }
        return auxiliary(before: verb, in: WordSets.passiveAuxiliaries) != nil
    }

    /// The auxiliary of `auxiliaries` that governs the verb at `verb`: the word right before
    /// it, or up to three words back past skippable adverbs (`was then asked`, `has been
    /// repeatedly saying`); nil when there is none.
    func auxiliary(before verb: Int, in auxiliaries: WordClass) -> Int? {
        var index = verb - 1
        while index > 0, verb - index <= 3, isSkippable(index), !context.isWord(index, in: auxiliaries) {
            index -= 1
        }
        return context.isWord(index, in: auxiliaries) ? index : nil
    }
}
