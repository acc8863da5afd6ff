/// Sieve rule: a participle of saying after a comma (`, adding that`, `, writing`) speaks for
/// the sentence's subject, and the subject reader misses a subject whose name comes after a
/// premodifier: a possessor (`Australia's Prime Minister John Howard also offered his
/// congratulations, adding that the decision was a "sensible thing"`) or a common-noun role
/// (`Band member Flea shared the news, writing "..."`). The finite-verb path reads those
/// (`Band member Flea said`); here the participle's subject is read from the name on, as if
/// the sentence opened there.
///
/// The premodifier is at most three tokens opening the sentence: capitalized words and a
/// possessive `'s`, or lower-case role words (`SpeakerWords.roleNouns`, titles) after a
/// capitalized one (`Trump met Clinton, saying` has a verb there), with no comma, preposition
/// or clause link (`After the meeting with Obama, Trump left, saying` and
/// `Critics of Trump ..., saying` name nobody here). The participle is the nearest verb of
/// reporting before the quotation and the name must open the subject read from it.
struct PremodifiedSubjectRule: AttributionRule {
    /// Most tokens between the participle and the quotation.
    static let reach = 30
    /// Most tokens of the premodifier.
    static let premodifier = 3

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        var index = site.openToken - 1
        while index > site.lowerBound, site.openToken - index <= Self.reach {
            if context.isQuoteMark(index) || context.isPunctuation(index, WordSets.colonSemicolon) || context.isClauseEnd(index) {
                return nil
            }
            if let facts = context.verbFacts(at: index) {
                guard facts.traits.contains(.speech), facts.form == .participle, context.isMark(index - 1, 0x2C) else { return nil }
                return cue(participle: index, site, context)
            }
            index -= 1
        }
        return nil
    }

    private func cue(participle: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let first = site.lowerBound
        guard context.tokens[first].kind == .word, context.tokens[first].isCapitalized,
            !context.isWord(first, in: SpeakerWords.capitalizedFunctionWords), !context.isWord(first, in: SpeakerWords.adverbialOpeners)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        var start = first + 1
        while start <= first + Self.premodifier, start < participle {
            let token = context.tokens[start]
            let previous = context.tokens[start - 1]
            // A name opens here after a possessive or a lower-case role word.
            if token.kind == .word, token.isCapitalized, previous.isPossessive || previous.isLowercaseWord {
                guard let speaker = reader.participleSpeaker(participle, from: start), speaker.kind == .name,
                    speaker.tokens.lowerBound == start
                else { return nil }
                return Cue(verbTokens: participle..<(participle + 1), speaker: speaker)
            }
            // Capitalized words (`Australia`, `Prime`), the clitic, or a role (`member`, not `met`).
            guard token.isPossessive
                || (token.kind == .word && token.isCapitalized && !context.isWord(start, in: SpeakerWords.capitalizedFunctionWords))
                || context.isWord(start, in: SpeakerWords.roleNouns) || context.isWord(start, in: SpeakerWords.titles)
            else { return nil }
            start += 1
        }
        return nil
    }
}
