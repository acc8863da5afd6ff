/// Sieve rule: `he's` and `she's` before a verb of reporting are `he is` / `he has`: `He's
/// claiming that voting fraud is "a big, big problem"`, `She's said the plan is "unworkable"`.
/// The tokenizer splits the clitic `'s` off as a possessive, so the subject reader finds no
/// subject there; here the pronoun is the subject, resolved as any.
///
/// The verb is the nearest verb of reporting before the quotation (an `-ing` form after `'s` =
/// `is`, a past form after `'s` = `has`), and its clause reaches the quotation without a
/// semicolon, colon, other quotation or a link opening another clause (`but`, `while`). A
/// capitalized quotation is a title (`He's said he reads "Atlas Shrugged"`) and left alone.
struct ContractedSubjectRule: AttributionRule {
    /// Most tokens between the verb and the quotation.
    static let reach = 30
    static let pronouns: WordClass = ["he", "she"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil, !MannerPredicateRule.opensWithCapital(context.quotes[site.quote], context) else { return nil }
        var index = site.openToken - 1
        while index - 2 >= site.lowerBound, site.openToken - index <= Self.reach {
            if context.isQuoteMark(index) || context.isPunctuation(index, WordSets.colonSemicolon) || context.isClauseEnd(index)
                || context.isWord(index, in: BeliefClauseRule.clauseLinks)
            {
                return nil
            }
            if let facts = context.verbFacts(at: index) {
                guard facts.traits.contains(.speech), facts.form == .participle || facts.form == .past,
                    context.tokens[index - 1].isPossessive, context.isWord(index - 2, in: Self.pronouns),
                    let speaker = SpeakerPhraseReader(context: context).pronoun(at: index - 2)
                else { return nil }
                return Cue(verbTokens: index..<(index + 1), speaker: speaker)
            }
            index -= 1
        }
        return nil
    }
}
