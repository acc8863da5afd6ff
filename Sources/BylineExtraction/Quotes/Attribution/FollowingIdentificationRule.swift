/// Sieve rule: the words right after a quotation say whose it was, with the quotation as the
/// subject or the thing pointed back at: `"...," was how Dana Pike put it.`, `"...," was
/// Pike's response.`, `"..." So said Pike.`, `"..." Those were the words of Tom Waller.`,
/// `"..." That was how Waller described it.` The name must stand in the first words after the
/// quotation, in its paragraph; `That was the mood in Dayton.` names nobody.
struct FollowingIdentificationRule: AttributionRule {
    static let pointers: WordClass = ["that", "those", "this", "these", "such"]
    static let so: WordClass = ["so"]
    static let how: WordClass = ["how"]
    static let theWordsOf: [WordClass] = [["the"], ["words"], ["of"]]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, quote.closeMark != nil else { return nil }
        var index = site.afterToken
        if context.isPunctuation(index, WordSets.comma) || context.isClauseEnd(index) { index += 1 }
        guard index + 2 < context.tokens.count, !context.sentences.isEmpty,
            context.sentences[context.sentenceIndex(ofToken: index)].paragraph == quote.endParagraph
        else { return nil }
        let end = context.sentences[context.sentenceIndex(ofToken: index)].tokens.upperBound
        let reader = SpeakerPhraseReader(context: context)
        // `So said Pike.`
        if context.isWord(index, in: Self.so), context.isWord(index + 1, in: WordSets.saidSays) {
            return named(reader.inverted(after: index + 1, to: end)).map { Cue(verbTokens: (index + 1)..<(index + 2), speaker: $0) }
        }
        // `That was how ...`, `Those were the words of ...`: a pointer back at the quotation.
        if context.isWord(index, in: Self.pointers), context.tokens[index].isCapitalized { index += 1 }
        guard context.isWord(index, in: WordSets.isAreWasEtc) else { return nil }
        let copula = index
        // `was how Pike put it`
        if context.isWord(copula + 1, in: Self.how), let speaker = named(reader.inverted(after: copula + 1, to: end)),
            context.tokens[speaker.tokens.upperBound].kind == .word, !context.tokens[speaker.tokens.upperBound].isCapitalized
        {
            return Cue(verbTokens: copula..<(copula + 2), speaker: speaker)
        }
        // `were the words of Tom Waller`
        if (0..<3).allSatisfy({ context.isWord(copula + 1 + $0, in: Self.theWordsOf[$0]) }),
            let speaker = named(reader.inverted(after: copula + 3, to: end))
        {
            return Cue(verbTokens: (copula + 2)..<(copula + 3), speaker: speaker)
        }
        // `was Pike's response`
        guard let possessive = ((copula + 2)..<min(end, copula + 6)).first(where: { context.tokens[$0].isPossessive }),
            let owner = named(reader.phrase(endingAt: possessive - 1, from: copula + 1)), owner.tokens.lowerBound == copula + 1,
            context.isWord(possessive + 1, in: SpeakingManner.views) || context.isWord(possessive + 1, in: SpeakerWords.messageNouns)
        else { return nil }
        return Cue(verbTokens: (possessive + 1)..<(possessive + 2), speaker: owner)
    }

    private func named(_ phrase: SpeakerPhrase?) -> SpeakerPhrase? {
        guard let phrase, phrase.kind == .name else { return nil }
        return phrase
    }
}
