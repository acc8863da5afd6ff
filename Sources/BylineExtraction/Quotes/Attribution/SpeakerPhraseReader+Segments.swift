/// Session 6: comma segments of a subject that hold its speaker in other ways than opening
/// with a name, and one that never does.
extension SpeakerPhraseReader {
    /// Whether `head` is the speaker its comma segment names: it opens the segment, follows
    /// another name with `and`, or wrote the document the segment opens with.
    func headsSegment(_ head: SpeakerPhrase, at segmentStart: Int) -> Bool {
        opensSegment(head, at: segmentStart) || isCoordinatedName(head, segmentStart: segmentStart)
            || isAuthorOfDocument(head, segmentStart: segmentStart)
    }

    /// `state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said`:
    /// names joined by `and` speak together; the last one is the speaker named (a whole
    /// subject of two names has the same answer, `phrase(endingAt:)` reads the last name).
    func isCoordinatedName(_ head: SpeakerPhrase, segmentStart: Int) -> Bool {
        let link = head.tokens.lowerBound - 1
        guard link - 1 >= segmentStart, context.isWord(link, in: Self.andWord),
            let first = phrase(endingAt: link - 1, from: segmentStart), first.kind == .name
        else { return false }
        return opensSegment(first, at: segmentStart)
    }

    static let andWord: WordClass = ["and"]

    /// The coordinated subject as a whole (`state Senate leader Phil Berger and House Speaker
    /// Tim Moore`), its name part the last name; any other head unchanged.
    func widenedToCoordination(_ head: SpeakerPhrase, at segmentStart: Int) -> SpeakerPhrase {
        guard head.tokens.lowerBound > segmentStart, isCoordinatedName(head, segmentStart: segmentStart) else { return head }
        var whole = head
        whole.nameTokens = head.nameTokens ?? head.tokens
        whole.tokens = segmentStart..<head.tokens.upperBound
        return whole
    }

    /// `A projection by the consulting firm Oxford Economics, prepared for ..., predicted`:
    /// a document speaks for its author, the name after `by` (a few lower-case words of role
    /// may stand between).
    func isAuthorOfDocument(_ head: SpeakerPhrase, segmentStart: Int) -> Bool {
        let start = head.tokens.lowerBound
        guard let by = (segmentStart..<start).last(where: { context.isWord($0, in: Self.byWord) }), by > segmentStart,
            start - by <= 5, context.isWord(by - 1, in: SpeakerWords.documentNouns),
            ((by + 1)..<start).allSatisfy({ context.tokens[$0].kind == .word && !context.tokens[$0].isCapitalized }),
            (segmentStart..<(by - 1)).allSatisfy({ context.tokens[$0].kind == .word && !context.isWord($0, in: SpeakerWords.stops) })
        else { return false }
        return true
    }

    static let byWord: WordClass = ["by"]

    /// `..., prepared for the National Retail Federation, ...`, `..., paid by the campaign,
    /// ...`: a segment that opens with a past participle and its preposition modifies the
    /// noun before it; the name inside is the participle's object, never the speaker.
    func opensWithParticiple(_ segmentStart: Int, before name: Int) -> Bool {
        guard segmentStart + 1 < name, context.tokens[segmentStart].kind == .word,
            !context.tokens[segmentStart].isCapitalized, context.isWord(segmentStart + 1, in: Self.participlePrepositions)
        else { return false }
        let word = context.tokens[segmentStart].text
        return (word.hasSuffix("ed") && word.count > 4) || Self.irregularParticiples.contains(word)
    }

    static let participlePrepositions: WordClass = ["for", "by", "to", "with", "from", "under"]
    static let irregularParticiples: Set<String> = ["written", "paid", "made", "led", "held", "run", "owned", "given", "taken", "built"]
}
