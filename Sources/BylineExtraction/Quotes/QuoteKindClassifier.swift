import BylineModel

/// Full or partial: a quotation is full when it opens with a capital where a sentence may
/// start (nothing but a cue, a colon or a comma before it in its sentence) or continues a
/// sentence that an attribution interrupted (`"...," Tillerson said, "so that we ..."`).
struct QuoteKindClassifier: Sendable {
    func kind(of site: QuoteSite, attribution: QuoteAttribution?, in context: AttributionContext) -> Quote.Kind {
        let quote = context.quotes[site.quote]
        if quote.isNested { return .partial }
        let units = context.text.utf16[quote.content.start..<quote.content.end]
        guard let first = units.first(where: QuoteCharacters.isLetterOrDigit) else { return .partial }
        let before = site.openToken - 1
        let sentenceStart = site.lowerBound
        let opensSentence = before < sentenceStart || context.isPunctuation(before, WordSets.colonEmDashDoubleHyphenEtc)
        // `Blumenthal was asked, "If you had known ...?"`: a passive verb of saying names no
        // speaker, so no cue, yet it opens the quotation as a cue would.
        let afterCue = attribution?.cue.map { $0.verbTokens.upperBound <= site.openToken }
            ?? (before - 1 >= sentenceStart && context.isPunctuation(before, WordSets.comma)
                && SpeakerPhraseReader(context: context).isPassive(before - 1))
        let capital = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
        if capital && (opensSentence || (afterCue && context.isPunctuation(before, WordSets.comma))) { return .full }
        // (`named "Criminal Minds," "Veep" ...` lists titles: a verb of listing opens no sentence.)
        if capital && afterCue, let cue = attribution?.cue, cue.verbTokens.upperBound >= before,
            !context.isWord(cue.verbTokens.lowerBound, in: ListingVerbRule.verbs)
        {
            return .full
        }
        // Lower case after `Tillerson said,` that follows an earlier quotation in the sentence.
        if afterCue, context.isPunctuation(before, WordSets.comma), interrupted(site, context) { return .full }
        return .partial
    }

    private func interrupted(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        guard site.quote > 0 else { return false }
        let previous = context.quotes[site.quote - 1]
        return !previous.isNested && previous.content.end > context.tokens[site.lowerBound].span.start
    }
}
