/// Sieve rule: a subject presents itself in quoted words: `The company has billed itself as
/// "the people's airline"`, `Twitter positioned itself as a "global town square"`, `Hale, who
/// styles herself "a fighter"`, `Ross, who goes by "Red," arrived early`. The words are the
/// name the subject gives itself, so the subject said them. The reflexive pronoun (or `go by`)
/// must stand right before the quotation (`as` and an article between at most): `billed the
/// event as "..."` names someone else, and a passive (`is billed as "..."`) names nobody.
struct SelfDescriptionRule: AttributionRule {
    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        var index = site.openToken - 1
        if context.isWord(index, in: WordSets.articles) { index -= 1 }
        let verb: Int
        if context.isWord(index, in: SelfDescriptionWords.by), context.isWord(index - 1, in: SelfDescriptionWords.goForms),
            index - 1 == site.openToken - 2
        {
            // `goes by "Red"`: only the nickname itself, no article.
            verb = index - 1
        } else {
            if context.isWord(index, in: WordSets.asWord) { index -= 1 }
            guard context.isWord(index, in: SelfDescriptionWords.reflexives),
                context.isWord(index - 1, in: SelfDescriptionWords.presentingVerbs) || NamingVerbs.lemmas[context.lower(index - 1)] != nil
            else { return nil }
            verb = index - 1
        }
        guard verb >= site.lowerBound, !context.tokens[verb].isCapitalized,
            let speaker = StanceVerbRule().subject(ofVerb: verb, site, context)
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
    }
}
