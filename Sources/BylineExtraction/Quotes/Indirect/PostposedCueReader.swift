/// `CONTENT, SPEAKER VERB [tail].`, `CONTENT, VERB SPEAKER.`, `CONTENT, according to X.`,
/// and the parenthetical `A, SPEAKER VERB, B.` (the content is then the whole sentence).
///
/// Functions of a scope passed in, not a struct holding it (see `PreposedCueReader`).
enum PostposedCueReader {
    static func read(_ scope: SentenceScope) -> ReportedClause? {
        let context = scope.context
        let reader = SpeakerPhraseReader(context: context)
        var comma = scope.lowerBound + 2
        // The first cue after `comma`, asked again only once the scan has passed it (asking
        // on every token cost a `cues(in:)` slice each time).
        var nextCue: Int32? = nil
        while comma < scope.contentEnd - 1 {
            defer { comma += 1 }
            // A cue after the comma starts within its first ten tokens (`as`, then eight): a
            // comma more than nine tokens before the next cue is ruled out, so the scan goes
            // on from there (with no cue left, no comma is).
            if nextCue.map({ Int($0) <= comma }) ?? true {
                nextCue = context.cues(in: (comma + 1)..<context.tokens.count).first
            }
            guard let next = nextCue else { break }
            if Int(next) - 9 > comma {
                comma = Int(next) - 10
                continue
            }
            guard context.isMark(comma, 0x2C), !scope.isQuoted(comma) else { continue }  // `,`
            guard let cue = cue(at: comma + 1, reader, scope) else { continue }
            let afterCue = cueEnd(cue, scope)
            // `Responding to X, Mr Pugh said: "..."` is a direct quotation's cue.
            if afterCue < scope.upperBound, context.isPunctuation(afterCue, WordSets.colon) || context.isQuoteMark(afterCue) { return nil }
            // `A, Schiff said, B.` interrupts one sentence; `..., said Brian Baker, a longtime
            // adviser` only describes the speaker.
            let inverted = cue.speaker.tokens.lowerBound > cue.verbTokens.lowerBound
            let parenthetical = !inverted && afterCue < scope.contentEnd && context.isMark(afterCue, 0x2C)
                && scope.contentEnd - afterCue > 3
            // `..., the announcer said, "It's 3 a.m."` is a direct quote's cue.
            if parenthetical, context.isQuoteMark(afterCue + 1) || context.isPunctuation(afterCue + 1, WordSets.colon) { return nil }
            let end = parenthetical ? scope.contentEnd : comma
            // `"...," Lavrov said, according to Tass.`: a direct quote with its own cue first.
            if context.isQuoteMark(scope.lowerBound),
                context.cues(in: scope.lowerBound..<end).contains(where: { context.verbID(at: Int($0)) >= 0 && !scope.isQuoted(Int($0)) })
            {
                return nil
            }
            guard let span = scope.content(from: scope.lowerBound, to: end) else { return nil }
            return ReportedClause(content: span, cue: cue)
        }
        return nil
    }

    private static func cue(at position: Int, _ reader: SpeakerPhraseReader, _ scope: SentenceScope) -> Cue? {
        let context = scope.context
        // `..., as police have said.`
        let start = context.isWord(position, in: ReaderWords.asWord) ? position + 1 : position
        if context.isAccordingTo(start), let speaker = reader.inverted(after: start + 1, to: scope.contentEnd) {
            return Cue(verbTokens: start..<(start + 2), speaker: speaker)
        }
        if let verb = context.verbFacts(at: start), verb.traits.contains(.inverts), verb.form == .past || verb.form == .present,
            !context.isWord(start + 1, in: ReaderWords.that),
            let speaker = reader.inverted(after: start, to: scope.contentEnd)
        {
            return Cue(verbTokens: start..<(start + 1), speaker: speaker)
        }
        for verb in start..<min(scope.contentEnd, start + 8) {
            if context.tokens[verb].kind != .word { return nil }
            guard let found = context.verbFacts(at: verb),
                found.form == .past || found.form == .present || (found.form == .base && found.unambiguousBase)
            else { continue }
            guard let speaker = reader.subject(before: verb, from: start), speaker.tokens.lowerBound == start else {
                return nil
            }
            // `, he said.` or `, he said in an interview.`: nothing clausal after the verb.
            if verb + 1 < scope.contentEnd, context.isWord(verb + 1, in: ReaderWords.that) { return nil }
            // `, he fumed on Twitter.` reports; in `, Mr. Obama interrupted a broad discussion`
            // the verb of manner has an object and reports nothing.
            if found.traits.contains(.manner), verb + 1 < scope.contentEnd, context.tokens[verb + 1].kind == .word,
                !context.isWord(verb + 1, in: ReaderWords.adjunctStarts)
            {
                return nil
            }
            return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
        }
        return nil
    }

    /// The first token after the cue and its short tail (`in a statement`, `on Tuesday`).
    private static func cueEnd(_ cue: Cue, _ scope: SentenceScope) -> Int {
        let context = scope.context
        var index = max(cue.verbTokens.upperBound, cue.speaker.tokens.upperBound)
        while index < scope.contentEnd, context.tokens[index].kind == .word || context.tokens[index].kind == .number {
            index += 1
        }
        return index
    }
}
