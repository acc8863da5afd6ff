/// Sieve rule: the quoted words are what the subject names, lists or picks: `Cruz, who has
/// surged in Iowa, named "Criminal Minds," "Veep" and "Fargo" as his top shows`, `Hale listed
/// "The Art of the Deal" as her favorite book`. The speaker is the verb's subject: the verb
/// stands right before the quotation, after its subject (a name, `he`/`she`, an apposition's
/// closing comma, an adverb). A noun before the verb makes it a participle (`a dog named
/// "Rex"`, `a class named "Perception"`), and a passive (`was named "Person of the Year"`)
/// names nobody. Later quotations of the list follow by `CoordinatedQuoteRule`.
struct ListingVerbRule: AttributionRule {
    static let verbs: Set<String> = ["named", "names", "listed", "lists", "picked", "picks", "chose", "chooses"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let verb = site.openToken - 1
        guard context.quotes[site.quote].parent == nil, verb - 1 >= site.lowerBound, context.isWord(verb, in: Self.verbs),
            !context.tokens[verb].isCapitalized
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        var before = verb - 1
        while before > site.lowerBound, reader.isSkippable(before) {
            if context.isWord(before, in: WordSets.passiveAuxiliaries) { return nil }
            before -= 1
        }
        let token = context.tokens[before]
        let subjectLike = token.text == "," || reader.isNamePart(before) || reader.pronoun(at: before) != nil
        guard subjectLike, !context.isWord(before, in: WordSets.passiveAuxiliaries),
            let speaker = reader.clauseSubject(of: verb, from: site.lowerBound)
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
    }
}
