extension AdjacentCueRule {
    /// Links that open a subordinate clause at the start of a sentence (`as` included: `As
    /// Trump went on about "...", Lee nodded`).
    static let clauseSubordinators: Set<String> = ReportingClauseRule.subordinators.union(["as"])
    /// Words that may come before the link: `But even as Trump claimed ...`.
    static let clauseLeaders: WordClass = ["but", "and", "yet", "so", "even", "just", "only", "still"]

    /// `When Trump said he would "protect our citizens," the crowd applauded.`: the quotation
    /// sits inside a subordinate clause that opens the sentence, after a verb of saying of that
    /// clause, and the words after its closing mark are the main clause, not its cue. True when
    /// the sentence opens with a subordinating link, no comma stands between the link and the
    /// quotation, and a verb of saying does.
    func isInsideOpeningClause(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        guard context.quotes[site.quote].parent == nil, site.openToken > site.lowerBound else { return false }
        var link = site.lowerBound
        while link < site.openToken, context.isWord(link, in: Self.clauseLeaders) { link += 1 }
        guard link < site.openToken, context.isWord(link, in: Self.clauseSubordinators) else { return false }
        var sawVerb = false
        for index in (link + 1)..<site.openToken {
            let token = context.tokens[index]
            if token.kind == .punctuation, token.text != "'" { return false }
            // `When asked about "...," Lee said`: a verb right after the link has no subject of
            // its own there; the main clause's cue may well be the quotation's.
            if index > link + 1, let verb = context.speechVerb(at: index), verb.traits.contains(.speech), !token.isCapitalized {
                sawVerb = true
            }
        }
        return sawVerb
    }
}
