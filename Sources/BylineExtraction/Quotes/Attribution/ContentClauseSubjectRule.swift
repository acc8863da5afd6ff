/// Sieve rule: a partial quotation inside the `that` clause of a named subject's verb is that
/// subject's words, whatever the verb (`The board then ruled that the claim was "true,"`,
/// `In 2014, the Harbor Institute found that "twice as many voters ..."`, `Hale fired back
/// that the "people of this city voted for me twice"`). A verb followed by a `that` clause
/// reports content: its finding, ruling or retort, told in the subject's own words. The verbs
/// of saying are the reporting-clause rule's; this one reads the grammar for the rest, as
/// `ClauseSubjectPartialRule` does for a quotation in the predicate itself.
///
/// The `that` must follow the subject's own verb (and a particle: `fired back that`), not a
/// noun (`a report that ...` is the report's) nor a later verb. The clause may hold earlier
/// quotations and its own subject (`ruled that Lee's claim about "..." was "true"`), but no
/// other clause: a verb of reporting (`found that Lee said "..."` quotes Lee), a relative or
/// another link, a colon, a dash or a sentence end. Verbs of perceiving, learning or causing
/// take content that is not the subject's (`Hale learned that the plan was "a mess"`: someone
/// told her; `Hale's vote meant that ...`). The scare-quote and title guards of
/// `ClauseSubjectPartialRule` apply.
struct ContentClauseSubjectRule: AttributionRule {
    /// Most tokens between `that` and the quotation.
    static let reach = 25

    /// Particles of a phrasal verb before `that` (`fired back that`, `pointed out that`).
    static let particles: WordClass = ["back", "out", "up", "down", "on", "off"]

    /// Verbs whose `that` clause is what the subject perceived, learned or caused, not said.
    static let notSaying: WordClass = [
        "learned", "learnt", "learns", "heard", "hears", "read", "reads", "saw", "sees", "noticed", "notices",
        "discovered", "discovers", "realized", "realised", "realizes", "knew", "knows", "understood",
        "understands", "forgot", "forgets", "remembered", "ensured", "ensures", "meant", "means",
        "proved", "proves", "showed", "shows", "demonstrated", "demonstrates", "guaranteed", "required",
        "requires", "assumed", "assumes", "expected", "expects", "pretended", "dreamed", "dreamt",
    ]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let base = ClauseSubjectPartialRule()
        let before = site.openToken - 1
        guard context.quotes[site.quote].parent == nil, before > site.lowerBound,
            context.tokens[before].kind == .word, !base.isPremodifier(site, context), base.endsInMark(site, context),
            !base.isArticledTerm(site, context), !base.opensCapitalized(site, context)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = reader.sentenceSubject(from: site.lowerBound, before: before), subject.kind == .name,
            subject.tokens.upperBound < site.openToken,
            subject.tokens.allSatisfy({
                !context.tokens[$0].isLowercaseWord || context.isWord($0, in: SpeakerWords.titles)
                    || context.isWord($0, in: SpeakerWords.roleNouns) || context.isWord($0, in: WordSets.the)
            }),
            let verb = base.finiteVerb(after: subject.tokens.upperBound, before: site.openToken, context),
            !context.isWord(verb, in: ClauseSubjectPartialRule.auxiliaries), !context.isWord(verb, in: Self.notSaying)
        else { return nil }
        var that = verb + 1
        if context.isWord(that, in: Self.particles) { that += 1 }
        guard that < site.openToken, context.isWord(that, in: WordSets.that), site.openToken - that <= Self.reach,
            !(site.lowerBound..<that).contains(where: { context.isQuoteMark($0) })
        else { return nil }
        for index in (that + 1)..<site.openToken where opensClause(index, reader, base, context) {
            return nil
        }
        return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
    }

    /// Inside the content clause, its own subject and earlier quotations are allowed; any
    /// other clause is not.
    private func opensClause(
        _ index: Int, _ reader: SpeakerPhraseReader, _ base: ClauseSubjectPartialRule, _ context: AttributionContext
    ) -> Bool {
        if context.isQuoteMark(index) || context.isWord(index, in: ClauseSubjectPartialRule.subjectPronouns)
            || context.isWord(index, in: ClauseSubjectPartialRule.copulas)
        {
            return false
        }
        return base.opensClause(index, reader, context, verb: -1)
    }
}
