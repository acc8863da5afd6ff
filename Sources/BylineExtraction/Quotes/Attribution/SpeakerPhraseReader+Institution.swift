extension SpeakerPhraseReader {
    /// `the White House`, `the Republican Party`: capitals that are all title words (`White
    /// House press secretary`, `Republican Party chairman`) still name an institution after
    /// `the` when the last is an institution's word (`house`, `party`, `senate`). Without
    /// it, `The White House said the plan was "..."` had no subject at all. `Republican
    /// President` (no `the`, no institution's word) stays nobody.
    func institution(allTitles run: Range<Int>) -> SpeakerPhrase? {
        guard run.count >= 2, context.isWord(run.lowerBound - 1, in: WordSets.the),
            context.isListed(run.upperBound - 1, in: Self.organizationWords)
        else { return nil }
        return SpeakerPhrase(kind: .name, tokens: run, nameTokens: run)
    }
}
