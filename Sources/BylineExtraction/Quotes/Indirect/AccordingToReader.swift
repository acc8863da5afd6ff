/// `According to X, CONTENT.`: the source opens the sentence.
///
/// Functions of a scope passed in, not a struct holding it (see `PreposedCueReader`).
enum AccordingToReader {
    static func read(_ scope: SentenceScope) -> ReportedClause? {
        let context = scope.context
        let start = scope.lowerBound
        guard context.isAccordingTo(start),
            let comma = (start + 2..<min(scope.contentEnd, start + 16)).first(where: { context.isMark($0, 0x2C) }),
            let speaker = SpeakerPhraseReader(context: context).inverted(after: start + 1, to: comma),
            let span = scope.content(from: comma + 1, to: scope.contentEnd)
        else { return nil }
        return ReportedClause(content: span, cue: Cue(verbTokens: start..<(start + 2), speaker: speaker))
    }
}
