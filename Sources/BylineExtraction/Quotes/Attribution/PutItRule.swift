/// Sieve rule: `as X put it` frames a quotation in its sentence, before or after it
/// (`As the senator put it in July, the plan is "a disaster"`, `"...," as The Post put it.`).
struct PutItRule: AttributionRule {
    static let put: WordClass = ["put", "puts"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        // By the packed key: a token of another length is ruled out by one bit test.
        for index in site.lowerBound..<site.upperBound where context.isWord(index, in: Self.put) {
            guard context.isWord(index + 1, in: WordSets.it), !isInsideQuote(index, site, context) else { continue }
            // The subject runs back to `as`, with its apposition (`As Jo Lee, a tax lawyer, put it`).
            guard let opening = (max(site.lowerBound, index - 30)..<index).last(where: { context.isWord($0, in: WordSets.asWord) }),
                let speaker = reader.subject(before: index, from: opening + 1),
                opensAfterAs(speaker, opening: opening, context)
            else { continue }
            return Cue(verbTokens: index..<(index + 2), speaker: speaker)
        }
        return nil
    }

    /// The speaker opens right after `as`, or after determiners and lowercase words that
    /// describe the named person (`as anti-terrorism prosecutor Marc Lenoir put it`): no
    /// verb, mark or capital between, which would make them another clause.
    private func opensAfterAs(_ speaker: SpeakerPhrase, opening: Int, _ context: AttributionContext) -> Bool {
        let between = (opening + 1)..<speaker.tokens.lowerBound
        if between.allSatisfy({ context.isWord($0, in: SpeakerWords.determiners) }) { return true }
        guard speaker.kind == .name, between.count <= 4 else { return false }
        return between.allSatisfy { index in
            context.tokens[index].kind == .word && !context.tokens[index].isCapitalized
                && context.verbID(at: index) < 0 && !context.isListed(index, in: SpeakerWords.stops)
        }
    }

    private func isInsideQuote(_ index: Int, _ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let span = context.tokens[index].span
        return context.quotes.contains { !$0.isNested && $0.content.contains(span) }
    }
}
