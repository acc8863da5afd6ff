/// Sieve rule: `Here's Clinton in December 1992: "..."`, `Here is Dana Pike on the plan:
/// "..."`: a sentence presenting a named person and ending in a colon hands the quotation
/// after the colon to that person. The name stands right after `Here's` (`Here is`), and
/// only a phrase of when, where or what about (`in`, `on`, `at`, `last week`) may stand
/// between it and the colon (`Here's what Pike said:` and `Here's the statement:` name
/// nobody here).
struct HereIsSpeakerRule: AttributionRule {
    static let here: WordClass = ["here"]
    static let isWord: WordClass = ["is"]
    static let framing: WordClass = [
        "in", "on", "at", "during", "last", "this", "from", "after", "before", "speaking", "talking", "back", "again",
        "earlier", "later", "today", "yesterday",
    ]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        let colon = site.openToken - 1
        guard colon > site.lowerBound, context.isMark(colon, 0x3A) else { return nil }
        let start = site.lowerBound
        // `Here's` is two tokens, `Here` and the clitic.
        guard context.isWord(start, in: Self.here),
            context.isWord(start + 1, in: Self.isWord) || context.tokens[start + 1].isPossessive
        else { return nil }
        let verbEnd = start + 1
        guard verbEnd + 1 < colon,
            let speaker = SpeakerPhraseReader(context: context).inverted(after: verbEnd, to: colon),
            speaker.kind == .name, speaker.tokens.lowerBound == verbEnd + 1,
            speaker.tokens.upperBound == colon || context.isWord(speaker.tokens.upperBound, in: Self.framing)
        else { return nil }
        return Cue(verbTokens: start..<(verbEnd + 1), speaker: speaker)
    }
}
