/// `..., saying (that) CONTENT`, `..., arguing that CONTENT`: a participle of a reporting
/// verb after a comma reports what the sentence's subject said.
///
/// Functions of a scope passed in, not a struct holding it (see `PreposedCueReader`).
enum ParticipleCueReader {
    static func read(_ scope: SentenceScope) -> ReportedClause? {
        let context = scope.context
        let reader = SpeakerPhraseReader(context: context)
        // Only the sentence's cues can be the participle.
        let first = scope.lowerBound + 2
        for position in context.cues(in: first..<max(first, scope.contentEnd - 2)) {
            let index = Int(position)
            guard let verb = context.verbFacts(at: index), verb.form == .participle else { continue }
            // `, saying that ...` or `by saying he would ...`, `aside from saying ...`.
            let afterComma = context.isMark(index - 1, 0x2C)  // `,`
            let introduced = afterComma
                || context.isWord(index - 1, in: ReaderWords.byFromForEtc)
            guard introduced, !scope.isQuoted(index) else { continue }
            // `..., Spicer said, adding that ...`: the cue closing the clause names the speaker.
            let cued = afterComma ? reader.postposedCueSubject(endingAt: index - 2, from: scope.lowerBound) : nil
            guard let speaker = cued ?? reader.sentenceSubject(from: scope.lowerBound, before: index - 1) else { continue }
            var start = index + 1
            if context.isWord(start, in: ReaderWords.that) {
                start += 1
            } else if verb.traits.contains(.takesListener) {
                continue
            }
            guard let span = scope.content(from: start, to: scope.contentEnd) else { return nil }
            return ReportedClause(content: span, cue: Cue(verbTokens: index..<(index + 1), speaker: speaker))
        }
        return nil
    }
}
