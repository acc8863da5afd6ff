extension ReportingClauseRule {
    /// `Hewlett sniped that Fiorina was "learning on the job"`, `Freddy confided to her that his
    /// parents were "..."`: a verb of manner of speaking cues a quotation beside it, and it
    /// reports a clause only when `that` opens the clause right after it, or after a listener
    /// (`to her`, `to reporters`, `to Lee`). Without `that` (`when Warren railed against ...`)
    /// the verb reports no clause.
    func opensThatClause(after verb: Int, _ site: QuoteSite, _ context: AttributionContext) -> Bool {
        // `X sniped that Lee was "...," while others penned "Dear X" letters`: the clause
        // holds the first quotation after the verb, not a later one past it.
        if ((verb + 1)..<site.openToken).contains(where: { context.isQuoteMark($0) }) { return false }
        var index = verb + 1
        if context.isWord(index, in: WordSets.to) {
            index += 1
            // The listener: a pronoun, a name, or a short description (`to reporters`).
            var words = 0
            while index < site.openToken, words < 4, context.tokens[index].kind == .word,
                !context.isWord(index, in: WordSets.that)
            {
                index += 1
                words += 1
            }
            guard words > 0 else { return false }
        }
        return index < site.openToken && context.isWord(index, in: WordSets.that)
    }
}
