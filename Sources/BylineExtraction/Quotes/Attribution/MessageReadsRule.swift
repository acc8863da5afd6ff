/// Sieve rule: a message named after the quotation, with its own verb, gives its author:
/// `"...," reads a statement from Senator Dana Pike.`, `"...," read the letter, signed by Tom
/// Waller.`, `"...," the statement from Lena Ortiz read.`, `"...," Pike's statement said.`
/// News style quotes a written statement and names it, not its author, as the subject of
/// `read` or `said`. The author is the name after `from` or `by` (a campaign or an office
/// in between names nobody), or the message's named possessor; the phrase ends the sentence.
struct MessageReadsRule: AttributionRule {
    /// Most modifiers before the message noun (`a brief written statement`).
    static let modifierReach = 3
    /// What joins a message to its author: `from`, `by`, `signed by`, `issued by`.
    static let authorLinks: WordClass = ["from", "by"]
    static let authorParticiples: WordClass = ["signed", "issued", "released", "posted", "sent", "written", "published"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, quote.closeMark != nil else { return nil }
        var index = site.afterToken
        if context.isPunctuation(index, WordSets.comma) { index += 1 }
        let end = site.afterBound
        guard index < end else { return nil }
        if context.isWord(index, in: ColonCueRule.messageVerbs), !context.tokens[index].isCapitalized {
            // `reads a statement from Hale`.
            guard let noun = messageNoun(from: index + 1, before: end, context) else { return nil }
            guard let speaker = author(after: noun, before: end, context),
                closes(after: speaker.tokens.upperBound, end, context) || context.isPunctuation(speaker.tokens.upperBound, WordSets.comma)
            else { return nil }
            return Cue(verbTokens: index..<(index + 1), speaker: speaker)
        }
        // `the statement from Hale read.`
        guard let noun = messageNoun(from: index, before: end, context),
            let speaker = author(after: noun, before: end, context)
        else { return nil }
        let verb = speaker.tokens.upperBound
        guard context.isWord(verb, in: ColonCueRule.messageVerbs), closes(after: verb + 1, end, context) else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
    }

    /// The message noun opening at `start` after a determiner and a few lower-case modifiers.
    private func messageNoun(from start: Int, before end: Int, _ context: AttributionContext) -> Int? {
        guard context.isWord(start, in: SpeakingManner.viewDeterminers) else { return nil }
        var index = start + 1
        while index < end, index - start <= Self.modifierReach + 1 {
            let token = context.tokens[index]
            guard token.kind == .word, !token.isCapitalized || index == start + 1 else { return nil }
            if context.isWord(index, in: SpeakerWords.messageNouns) { return index }
            index += 1
        }
        return nil
    }

    /// The named author after the message: `from Senator Dana Pike`, `signed by Tom Waller`.
    private func author(after noun: Int, before end: Int, _ context: AttributionContext) -> SpeakerPhrase? {
        var link = noun + 1
        if context.isPunctuation(link, WordSets.comma) { link += 1 }
        if context.isWord(link, in: Self.authorParticiples) { link += 1 }
        guard context.isWord(link, in: Self.authorLinks),
            let named = SpeakerPhraseReader(context: context).inverted(after: link, to: end), named.kind == .name
        else { return nil }
        return named
    }

    private func closes(after index: Int, _ end: Int, _ context: AttributionContext) -> Bool {
        (index..<end).allSatisfy { context.tokens[$0].kind == .punctuation }
    }
}
