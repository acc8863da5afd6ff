/// Sieve rule: a quotation inside the clause of a verb of belief whose subject the text names
/// is that subject's wording: `Hale believes the policy is "unfair"`, `Pike thinks the gun
/// issue should be a "litmus test"`, `Waller fears the cuts will be "devastating"`. The verbs of
/// belief report reported speech only (`SpeechVerb.Traits.cognition`), so no other rule reads
/// their clause. Only verbs of opinion: `knows`, `learned`, `heard` report facts the subject
/// met, whose words may be anybody's (`heard Mateen talk of "immorality"`).
///
/// The verb is the nearest verb of reporting before the quotation (a nearer one governs it),
/// finite, not passive (`is thought to be "..."` names nobody), with a named or pronoun subject
/// (`many believe` names nobody); its clause opens right after it (`that`, a subject, or the
/// quotation) and runs to the quotation without a semicolon, colon, other quotation or a
/// link opening another clause (`but Waller calls it "..."`). A capitalized quotation is a
/// title or a name (`thinks "The Apprentice" was ...`) and is left alone.
struct BeliefClauseRule: AttributionRule {
    /// Most tokens between the verb and the quotation.
    static let reach = 25
    static let verbs: WordClass = [
        "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt",
        "fear", "fears", "feared", "worry", "worries", "worried", "suspect", "suspects", "suspected",
        "hope", "hopes", "hoped", "reckon", "reckons", "reckoned", "doubt", "doubts", "doubted",
    ]
    /// Links that open a clause of their own between the verb and the quotation.
    static let clauseLinks: WordClass = ["but", "while", "though", "although", "whereas", "yet", "however"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil, !MannerPredicateRule.opensWithCapital(context.quotes[site.quote], context) else { return nil }
        var index = site.openToken - 1
        while index >= site.lowerBound, site.openToken - index <= Self.reach {
            if context.isQuoteMark(index) || context.isPunctuation(index, WordSets.colonSemicolon) || context.isClauseEnd(index) {
                return nil
            }
            if context.isWord(index, in: Self.clauseLinks) { return nil }
            if context.verbFacts(at: index) != nil {
                return context.isWord(index, in: Self.verbs) ? cue(verb: index, site, context) : nil
            }
            index -= 1
        }
        return nil
    }

    private func cue(verb: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        guard let facts = context.verbFacts(at: verb), facts.traits.contains(.cognition), facts.form == .present || facts.form == .past || facts.form == .base,
            !context.tokens[verb].isCapitalized, opensClause(after: verb, site, context),
            let speaker = StanceVerbRule().subject(ofVerb: verb, site, context)
        else { return nil }
        switch speaker.kind {
        case .name, .pronoun: return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
        case .pluralPronoun, .descriptive: return nil
        }
    }

    /// `believes that`, `thinks the plan`, `feels "betrayed"`: not `feels free`, `hopes to`.
    private func opensClause(after verb: Int, _ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let next = verb + 1
        if next == site.openToken { return true }
        guard next < site.openToken else { return false }
        let token = context.tokens[next]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        return token.isCapitalized || context.isWord(next, in: WordSets.that) || context.isWord(next, in: StanceClauseWords.clauseOpeners)
    }
}
