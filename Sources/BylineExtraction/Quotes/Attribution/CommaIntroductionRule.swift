/// Sieve rule: a clause whose subject is a person, closed by a comma right before a quotation
/// of whole sentences that ends the sentence, introduces that person's words whatever the
/// verb, as a colon does (`ColonCueRule`): `Senator Pike reacted skeptically to the deal, "I
/// will believe it when I see it."`, `Waller took to Twitter, "Big win tonight!"`. The verb is
/// in the past tense, not passive, the clause's first; nothing after it opens another clause,
/// quotes or ends a sentence. A clause whose subject names nobody (`the voters chanted, "..."`)
/// or a quotation that goes on in the reporter's words is left alone.
struct CommaIntroductionRule: AttributionRule {
    /// How far the verb may stand from the comma (`reacted skeptically to the new trade deal,`).
    static let reach = 12
    /// Fewest words in the quotation: `wrote a memoir, "Harbor Days."` names a title.
    static let minimumWords = 4

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        let comma = site.openToken - 1
        guard !quote.isNested, comma > site.lowerBound, context.isPunctuation(comma, WordSets.comma),
            MannerPredicateRule.opensWithCapital(quote, context), endsSentence(site, context),
            wordCount(site, context) >= Self.minimumWords, hasLowerCaseWord(site, context)
        else { return nil }
        let colonRule = ColonCueRule()
        let reader = SpeakerPhraseReader(context: context)
        let start = site.lowerBound
        for verb in max(start + 1, comma - Self.reach)..<comma where isPastVerb(verb, context, colonRule) {
            guard !context.isWord(verb - 1, in: WordSets.passiveAuxiliaries),
                !context.isWord(verb - 1, in: AttributionContext.nounDeterminers),
                let subject = reader.subject(before: verb, from: start), reader.namesPersonOutright(subject),
                subject.tokens.upperBound <= verb
            else { continue }
            let clauseStart = (start..<subject.tokens.lowerBound).last { context.tokens[$0].text == "," }.map { $0 + 1 } ?? start
            guard !(clauseStart..<verb).contains(where: { colonRule.isClauseBreak($0, context) }),
                !((verb + 1)..<comma).contains(where: { isBreak($0, context) })
            else { return nil }
            return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
        }
        return nil
    }

    /// Irregular pasts beyond the colon rule's (`took to Twitter,`, `gave a short answer,`).
    static let irregularPasts: WordClass = ["took", "gave", "made", "came", "sent", "kept", "stood", "broke", "threw", "drew", "felt"]

    private func isPastVerb(_ index: Int, _ context: AttributionContext, _ colonRule: ColonCueRule) -> Bool {
        if context.isWord(index, in: Self.irregularPasts) { return !context.tokens[index].isCapitalized }
        return colonRule.isPastVerb(index, context)
    }

    /// After the verb: no comma, quotation, clause end or clause link (`reacted when he heard,`).
    private func isBreak(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        if token.kind == .punctuation { return true }
        return context.isWord(index, in: MannerPredicateReader.clauseLinks)
    }

    /// Only punctuation between the closing mark and the sentence's end.
    private func endsSentence(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        guard context.quotes[site.quote].closeMark != nil else { return false }
        return (site.afterToken..<site.upperBound).allSatisfy { context.tokens[$0].kind == .punctuation }
    }

    /// A quotation whose words are all capitalized is a slogan or a title (`"Make America
    /// Great Again."`), not a sentence someone said there.
    private func hasLowerCaseWord(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        ((site.openToken + 1)..<max(site.openToken + 1, site.afterToken)).contains {
            context.tokens[$0].kind == .word && !context.tokens[$0].isCapitalized
        }
    }

    private func wordCount(_ site: QuoteSite, _ context: AttributionContext) -> Int {
        var count = 0
        for index in (site.openToken + 1)..<max(site.openToken + 1, site.afterToken) where context.tokens[index].kind == .word {
            count += 1
            if count >= Self.minimumWords { break }
        }
        return count
    }
}
