/// `..., saying (that) CONTENT`, `..., arguing that CONTENT`: a participle of a reporting
/// verb after a comma reports what the sentence's subject said.
struct ParticipleCueReader {
    let scope: SentenceScope
    private var context: AttributionContext { scope.context }

    func read() -> ReportedClause? {
        let reader = SpeakerPhraseReader(context: context)
        var index = scope.lowerBound + 2
        while index < scope.contentEnd - 2 {
            defer { index += 1 }
            // The verb first: an array lookup rules out most tokens before any string test.
            guard let verb = context.speechVerb(at: index), verb.form == .participle else { continue }
            // `, saying that ...` or `by saying he would ...`, `aside from saying ...`.
            let introduced = context.tokens[index - 1].text == ","
                || context.isWord(index - 1, in: WordSets.byFromForEtc)
            guard introduced, !scope.isQuoted(index) else { continue }
            // `..., Spicer said, adding that ...`: the cue closing the clause names the speaker.
            let cued = context.tokens[index - 1].text == "," ? reader.postposedCueSubject(endingAt: index - 2, from: scope.lowerBound) : nil
            guard let speaker = cued ?? reader.sentenceSubject(from: scope.lowerBound, before: index - 1) else { continue }
            var start = index + 1
            if context.isWord(start, in: WordSets.that) {
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
