/// The attribution rules in order, most precise first: a transcript label, an outlet that
/// reports the quotation's clause (`..., CNN reported.`), a cue beside the quotation (also
/// with its comma left out: `"..." Grubbs said.`), a journalist's report, `as X put it`, a
/// verb of naming (`X called them "losers"`), a reported clause around it, a noun of saying
/// (`Trump's claim that`), a colon introduction, a dash introduction (`X embraced it -- "..."`), a sentence introducing the speaker (`Hale
/// agreed. "..."`), then continuation of the previous quotation's speaker. Whatever none of
/// them claims has no speaker.
struct AttributionSieve: Sendable {
    static let rules: [(name: String, rule: any AttributionRule)] = [
        ("transcript", TranscriptSpeakerRule()),
        ("nested report", NestedReportRule()),
        ("quoted as saying", QuotedAsSayingRule()),
        ("adjacent cue", AdjacentCueRule()),
        ("message reads", MessageReadsRule()),
        ("dash label", DashLabelRule()),
        ("following identification", FollowingIdentificationRule()),
        ("dash aside", DashAsideRule()),
        ("journalist report", JournalistReportRule()),
        ("as X put it", PutItRule()),
        ("possessed phrase", PossessedPhraseRule()),
        ("outer report", OuterReportRule()),
        ("naming verb", NamingVerbRule()),
        ("reporting clause", ReportingClauseRule()),
        ("noun of saying", NominalCueRule()),
        ("characterization", CharacterizationRule()),
        ("stance verb", StanceVerbRule()),
        ("talking about", TalkingAboutRule()),
        ("listing verb", ListingVerbRule()),
        ("passive agent", PassiveAgentRule()),
        ("produced statement", ProducedStatementRule()),
        ("stance clause", StanceClauseRule()),
        ("judged act", JudgedActRule()),
        ("self description", SelfDescriptionRule()),
        ("phrasal stance", PhrasalStanceRule()),
        ("authored work", AuthoredWorkRule()),
        ("colon introduction", ColonIntroductionRule()),
        ("reported clause colon", ReportedClauseColonRule()),
        ("colon cue", ColonCueRule()),
        ("dash introduction", DashIntroductionRule()),
        ("speaker introduction", SpeakerIntroductionRule()),
        ("stance introduction", StanceIntroductionRule()),
        ("manner predicate", MannerPredicateRule()),
        ("comma introduction", CommaIntroductionRule()),
        ("point of view colon", PointOfViewColonRule()),
        ("colon object", ColonObjectRule()),
        ("name label colon", NameLabelColonRule()),
        ("relative predicate", RelativePredicateRule()),
        ("introduced speaker", IntroducedSpeakerRule()),
        ("belief clause", BeliefClauseRule()),
        ("appositive relative", AppositiveRelativeRule()),
        ("in X's words", InWordsRule()),
        ("contrasted quotation", ContrastedQuoteRule()),
        ("copular claim", CopularClaimRule()),
        ("contracted subject", ContractedSubjectRule()),
        ("premodified subject", PremodifiedSubjectRule()),
        ("absolute participle", AbsoluteParticipleRule()),
        ("here is X", HereIsSpeakerRule()),
        ("possessed saying predicate", PossessedSayingPredicateRule()),
        ("content clause subject", ContentClauseSubjectRule()),
        ("clause subject partial", ClauseSubjectPartialRule()),
    ]

    /// What was decided for each quotation, by its index (nil: no speaker). An array, not a
    /// dictionary keyed by the index: every decision and every look-up (the continuation rules
    /// ask about earlier quotations, the assembler about each) hashed the key, and the table
    /// was allocated and freed per article beside the quotations' own array.
    func attribute(_ context: AttributionContext) -> [QuoteAttribution?] {
        var decided = [QuoteAttribution?](repeating: nil, count: context.quotes.count)
        for index in context.quotes.indices {
            let site = context.sites[index]
            if let (name, cue) = firstCue(site, context) {
                decided[index] = QuoteAttribution(cue: cue, continues: nil, rule: name)
            } else if let previous = ContinuationRule().source(for: site, in: context, attributed: decided) {
                decided[index] = QuoteAttribution(cue: decided[previous]?.cue, continues: previous, rule: "continuation")
            } else if let previous = CoordinatedQuoteRule().source(for: site, in: context, attributed: decided) {
                decided[index] = QuoteAttribution(cue: decided[previous]?.cue, continues: previous, rule: "coordinated quotation")
            } else if let previous = SameComplementQuoteRule().source(for: site, in: context, attributed: decided) {
                decided[index] = QuoteAttribution(cue: decided[previous]?.cue, continues: previous, rule: "same complement")
            } else if let previous = FollowingSentenceRule().source(for: site, in: context, attributed: decided) {
                decided[index] = QuoteAttribution(cue: decided[previous]?.cue, continues: previous, rule: "following sentence")
            } else if let previous = AdverbialColonContinuationRule().source(for: site, in: context, attributed: decided) {
                decided[index] = QuoteAttribution(cue: decided[previous]?.cue, continues: previous, rule: "adverbial colon")
            } else if let parent = context.quotes[index].parent, parent < index, decided[parent] != nil {
                // `"... this is an episode of 'Shark Tank.'"`: words quoted inside a quotation,
                // with no cue of their own, are the enclosing speaker's.
                decided[index] = QuoteAttribution(cue: decided[parent]?.cue, continues: parent, rule: "enclosing quotation")
            }
        }
        // `"A" and "B," Pike said`: the first takes the cue of the one after it, read last
        // so that the later quotation's own cue is known.
        for index in context.quotes.indices.reversed() where decided[index] == nil {
            if let next = CoordinatedBeforeRule().source(for: context.sites[index], in: context, attributed: decided) {
                decided[index] = QuoteAttribution(cue: decided[next]?.cue, continues: nil, rule: "coordinated before")
            }
        }
        return decided
    }

    /// The rules' types, in the same order: asked through its type, a rule is not copied out
    /// of the array for every quotation (see `AttributionRule`). Every rule is stateless, so
    /// a new one answers as the listed one does (`AttributionRuleTypesTests` checks both).
    static let ruleTypes: [any AttributionRule.Type] = rules.map { type(of: $0.rule) }
    /// The names alone, for the rule that answers (reading one through `rules` copied the
    /// whole tuple, the rule's existential included).
    private static let ruleNames: [String] = rules.map(\.name)

    private func firstCue(_ site: QuoteSite, _ context: AttributionContext) -> (String, Cue)? {
        Self.ruleTypes.withUnsafeBufferPointer { rules in
            for index in rules.indices {
                // `Lehel, the hacker known as "Guccifer," stated`: a quotation inside the speaker
                // phrase names or titles something; it is not that speaker's words.
                if let cue = rules[index].cueOfNewRule(for: site, in: context), !cue.speaker.tokens.contains(site.openToken) {
                    return (Self.ruleNames[index], cue)
                }
            }
            return nil
        }
    }
}
