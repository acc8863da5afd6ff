extension SpeakerPhraseReader {
    /// Auxiliaries that make an `-ing` form its clause's verb: `is saying`, `has been telling`,
    /// `will be arguing`, and `kept insisting` / `keeps calling` (an aspect verb, not an object).
    /// (`began` is left out: `as the meeting began vowing to ...` has `vowing` after a noun.)
    static let progressiveAuxiliaries: WordClass = ["is", "was", "are", "were", "been", "be", "kept", "keeps", "keep"]

    /// The auxiliary before the participle at `verb` when it makes the participle finite, past
    /// adverbs (`is now claiming`, `has been repeatedly saying`), or nil: `, saying` and
    /// `after saying` are participle clauses whose subject is read elsewhere, and `has been
    /// called` is a passive (only an `-ing` form counts).
    func progressiveAuxiliary(before verb: Int) -> Int? {
        guard verb > 0, context.tokens[verb].kind == .word, context.lower(verb).hasSuffix("ing") else { return nil }
        return auxiliary(before: verb, in: Self.progressiveAuxiliaries)
    }

    /// Whether the participle at `verb` is its clause's finite verb (see `progressiveAuxiliary`).
    func isProgressive(_ verb: Int) -> Bool { progressiveAuxiliary(before: verb) != nil }
}
