/// Sieve rule: a subject praises, blames or accuses someone for an act it describes in quoted
/// words: `Pike slammed the council for promoting "reckless spending"`, `Hale praised the
/// volunteers for building "a movement that will last"`, `Lee accused the mayor of hiding "the
/// real numbers"`. The act is the judge's account, so the judge (the verb's subject) said the
/// words. Left alone: an act of saying or quoting (`slammed Lee for calling them "thugs"`,
/// `for using the phrase "..."`: the words are the object's), a passive (`was blamed for ...`),
/// and a quotation that modifies a noun after it (`for backing the "Gang of Eight" bill`).
struct JudgedActRule: AttributionRule {
    /// Most words between the gerund and the quotation, and between the verb and `for`/`of`.
    static let reach = 6

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil, StanceVerbRule().endsObject(site, context),
            let gerund = gerund(before: site, context)
        else { return nil }
        // `for` or `of` right before the gerund, then the object back to the verb.
        let preposition = gerund - 1
        guard context.isWord(preposition, in: JudgedActWords.forOf) else { return nil }
        var verb = preposition - 1
        while verb > site.lowerBound, preposition - 1 - verb < Self.reach, !context.isWord(verb, in: JudgedActWords.judgingVerbs) {
            let token = context.tokens[verb]
            guard token.kind == .word || token.kind == .number, !context.isWord(verb, in: JudgedActWords.stops),
                context.speechVerb(at: verb) == nil || token.isPossessive
            else { return nil }
            verb -= 1
        }
        guard verb >= site.lowerBound, verb < preposition - 1, context.isWord(verb, in: JudgedActWords.judgingVerbs),
            !context.tokens[verb].isCapitalized, !isNoun(verb, context),
            // `accuse` takes `of`; the others take `for`.
            context.isWord(verb, in: JudgedActWords.accuseForms) == context.isWord(preposition, in: JudgedActWords.of),
            let speaker = StanceVerbRule().subject(ofVerb: verb, site, context)
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
    }

    /// The gerund of the act, at most `reach` plain words before the opening mark.
    private func gerund(before site: QuoteSite, _ context: AttributionContext) -> Int? {
        var index = site.openToken - 1
        while index > site.lowerBound, site.openToken - 1 - index <= Self.reach {
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number, !token.isCapitalized || token.isPossessive,
                !context.isWord(index, in: JudgedActWords.stops)
            else { return nil }
            if isActGerund(index, context) { return index }
            // A verb of saying on the way quotes the object's words.
            if context.speechVerb(at: index) != nil, !token.isPossessive { return nil }
            index -= 1
        }
        return nil
    }

    /// A lower-case `-ing` word that is no verb of saying, naming or quoting.
    private func isActGerund(_ index: Int, _ context: AttributionContext) -> Bool {
        let span = context.tokens[index].span
        guard span.end - span.start >= 5, context.units[span.end - 1] == 0x67, context.units[span.end - 2] == 0x6E,
            context.units[span.end - 3] == 0x69
        else { return false }
        return context.speechVerb(at: index) == nil && !context.isWord(index, in: JudgedActWords.quotingGerunds)
            && NamingVerbs.lemmas[context.lower(index)] == nil
    }

    /// `his criticism`, `the attack`: after a possessive or determiner the word is a noun.
    private func isNoun(_ index: Int, _ context: AttributionContext) -> Bool {
        guard index > 0 else { return false }
        return context.tokens[index - 1].isPossessive || context.isWord(index - 1, in: AttributionContext.nounDeterminers)
    }
}
