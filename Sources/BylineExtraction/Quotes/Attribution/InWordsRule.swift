/// Sieve rule: `in the words of X` and `in X's words` hand the quotation beside them to X:
/// `In the words of Dana Pike, the plan is "dead on arrival"`, `The plan, in Pike's words, is
/// "dead on arrival"`, `Waller was, in his own words, "very lucky"`, `The plan is "dead on
/// arrival," in the words of Dana Pike.` The phrase stands before the quotation in its
/// sentence with no verb of reporting between (`In Pike's words, Waller said ...` is Waller's
/// cue), or right after the quotation's closing mark. `in the words of` takes a name only
/// (`in the words of one aide` names nobody); `in his words` is a pronoun resolved as any.
struct InWordsRule: AttributionRule {
    static let words: WordClass = ["words"]
    static let inWord: WordClass = ["in"]
    static let own: WordClass = ["own"]
    static let of: WordClass = ["of"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        for index in site.lowerBound..<site.upperBound where context.isWord(index, in: Self.words) {
            guard let (start, speaker) = phrase(wordsAt: index, site, context) else { continue }
            let end = speaker.tokens.upperBound > index ? speaker.tokens.upperBound : index + 1
            if end <= site.openToken {
                guard !(end..<site.openToken).contains(where: { context.verbFacts(at: $0)?.traits.contains(.speech) == true }) else {
                    continue
                }
            } else if start >= site.afterToken {
                guard (site.afterToken..<start).allSatisfy({ context.isMark($0, 0x2C) }) else { continue }
            } else {
                continue
            }
            return Cue(verbTokens: start..<(index + 1), speaker: speaker)
        }
        return nil
    }

    /// The phrase's first token (`in`) and its speaker, for `words` at `index`.
    private func phrase(wordsAt index: Int, _ site: QuoteSite, _ context: AttributionContext) -> (Int, SpeakerPhrase)? {
        let reader = SpeakerPhraseReader(context: context)
        // `in the words of Dana Pike`.
        if context.isWord(index - 1, in: WordSets.the), context.isWord(index - 2, in: Self.inWord), index - 2 >= site.lowerBound,
            context.isWord(index + 1, in: Self.of)
        {
            guard let speaker = reader.inverted(after: index + 1, to: site.upperBound), speaker.kind == .name,
                !isInsideQuote(index, context)
            else { return nil }
            return (index - 2, speaker)
        }
        // `in Pike's words`, `in his own words`.
        let noun = index
        guard let owner = reader.author(ofMessage: noun, from: site.lowerBound),
            owner.tokens.lowerBound - 1 >= site.lowerBound, context.isWord(owner.tokens.lowerBound - 1, in: Self.inWord),
            !isInsideQuote(index, context)
        else { return nil }
        // Only the possessor and `own` between the owner and `words`: no determiner path.
        var between = owner.tokens.upperBound
        while between < noun, context.tokens[between].isPossessive || context.isWord(between, in: Self.own) { between += 1 }
        guard between == noun else { return nil }
        switch owner.kind {
        case .name, .pronoun: return (owner.tokens.lowerBound - 1, owner)
        case .pluralPronoun, .descriptive: return nil
        }
    }

    private func isInsideQuote(_ index: Int, _ context: AttributionContext) -> Bool {
        let span = context.tokens[index].span
        return context.quotes.contains { !$0.isNested && $0.content.contains(span) }
    }
}
