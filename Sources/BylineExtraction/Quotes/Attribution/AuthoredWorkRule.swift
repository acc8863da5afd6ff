/// Sieve rule: the quotation is the title or text of a work its author puts out: `Hale
/// published "Harbor Days," a memoir`, `Lee released a memo titled "Where the Race Stands"`,
/// `Hale posted a message on Twitter reading "Thank you, Ohio"`. The speaker is the subject of
/// the verb of authoring. A work merely named (`a class called "Perception"`, `the rock
/// classic "All Right Now"`) has no author here.
struct AuthoredWorkRule: AttributionRule {
    /// At most this many words between the verb and the titling participle (`a memo`, `a
    /// column in The Daily Beast`).
    static let workLength = 8

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        var index = site.openToken - 1
        if context.isPunctuation(index, WordSets.comma) { index -= 1 }
        guard index >= site.lowerBound else { return nil }
        if isAuthoringVerb(index, context) { return cue(verb: index, site, context) }
        guard context.isWord(index, in: AuthoringVerbs.titling) else { return nil }
        var verb = index - 1
        while verb >= site.lowerBound, index - verb <= Self.workLength {
            if isAuthoringVerb(verb, context) { return cue(verb: verb, site, context) }
            let token = context.tokens[verb]
            guard token.kind == .word || token.kind == .number || token.text == ",",
                !context.isWord(verb, in: StanceVerbRule.objectStops), context.speechVerb(at: verb) == nil
            else { return nil }
            verb -= 1
        }
        return nil
    }

    /// A verb form, not a noun after a determiner (`the release`, `a post`).
    private func isAuthoringVerb(_ index: Int, _ context: AttributionContext) -> Bool {
        guard index >= 0, context.tokens[index].isLowercaseWord, AuthoringVerbs.forms[context.lower(index)] != nil else {
            return false
        }
        return index == 0 || !(context.tokens[index - 1].isPossessive
            || context.isWord(index - 1, in: AttributionContext.nounDeterminers))
    }

    private func cue(verb: Int, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        StanceVerbRule().subject(ofVerb: verb, site, context).map { Cue(verbTokens: verb..<(verb + 1), speaker: $0) }
    }
}
