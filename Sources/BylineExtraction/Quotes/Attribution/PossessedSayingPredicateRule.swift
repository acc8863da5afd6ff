/// Sieve rule: a possessor's noun of saying is the subject of a copula whose predicate is the
/// quotation: `Hale's campaign slogan is "Forward together."`, `Lee's dictum to his interns
/// was, "Check it twice."`, `Hale's catch phrase in that race was that Lee "would say anything."`.
/// The copula equates the noun with its content, so the words are the possessor's.
///
/// Only nouns whose predicate is their content count. A noun naming a document or an act
/// (`Hale's speech was "a disaster"`, `his response was "weak"`) takes a predicate that judges
/// it, someone else's words; such nouns (`answer`, `argument`, `explanation`) count only with
/// a content clause (`Hale's answer was that the plan "would never pass"`). The possessor
/// must be a name with `'s` or `his`/`her` (`the slogan was "..."` owns nothing), and the
/// noun phrase must open its clause (after the sentence start, a comma, a semicolon or a
/// link such as `and`, `but`): `Lee mocked Hale's slogan, which was "..."` leaves the
/// slogan as an object.
struct PossessedSayingPredicateRule: AttributionRule {
    /// Nouns whose predicate is their words (`Her motto is "..."`).
    static let contentNouns: WordClass = [
        "slogan", "slogans", "motto", "mottos", "mottoes", "catchphrase", "mantra", "refrain", "dictum",
        "maxim", "credo", "watchword", "tagline", "message", "promise", "pledge", "vow", "advice",
        "plea", "demand", "warning",
    ]

    /// Two-word nouns whose first word is in `contentNouns` (`catch phrase`, `rallying cry`).
    static let compoundHeads: WordClass = ["phrase", "cry"]
    static let compoundModifiers: WordClass = ["catch", "rallying", "battle", "war"]

    /// Nouns of saying whose predicate may judge them: content only through `that`.
    static let clauseNouns: WordClass = [
        "answer", "response", "reply", "argument", "claim", "contention", "position", "view",
        "explanation", "excuse", "complaint", "point", "assertion", "theory",
    ]

    /// Copulas that equate the noun with its content.
    static let copulas: WordClass = ["is", "was", "remains", "remained", "became", "becomes"]

    /// Links after which a noun phrase opens a clause.
    static let clauseOpeners: WordClass = ["and", "but", "so", "yet", "while", "because", "since", "as", "when"]

    /// Most tokens between the noun and its copula (`to his interns (repeated to me) `).
    static let nounReach = 12
    /// Most tokens between `that` and the quotation.
    static let clauseReach = 12

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard let copula = copula(before: site, context) else { return nil }
        // The noun phrase's head: the last content noun before the copula.
        var noun = copula.index - 1
        while noun > site.lowerBound, copula.index - noun <= Self.nounReach {
            if context.isQuoteMark(noun) || context.isClauseEnd(noun) { return nil }
            if isHead(noun, clauseOnly: copula.throughThat, context) { break }
            noun -= 1
        }
        guard noun > site.lowerBound, isHead(noun, clauseOnly: copula.throughThat, context),
            let speaker = possessor(of: noun, site, context)
        else { return nil }
        return Cue(verbTokens: noun..<(noun + 1), speaker: speaker)
    }

    /// The copula whose predicate holds the quotation, and whether a `that` clause stands
    /// between: `was "..."`, `is, "..."`, `was: "..."`, `was simply "..."`, `was that X "..."`.
    private func copula(before site: QuoteSite, _ context: AttributionContext) -> (index: Int, throughThat: Bool)? {
        var index = site.openToken - 1
        if context.isPunctuation(index, WordSets.commaColon) { index -= 1 }
        if index > site.lowerBound, context.tokens[index].kind == .word, context.lower(index).hasSuffix("ly") { index -= 1 }
        if index > site.lowerBound, context.isWord(index, in: Self.copulas) { return (index, false) }
        // `was that Crist "would say anything"`: the quotation inside the content clause.
        var that = site.openToken - 1
        while that > site.lowerBound, site.openToken - that <= Self.clauseReach {
            if context.isQuoteMark(that) || context.isClauseEnd(that) { return nil }
            if context.isWord(that, in: WordSets.that), that - 1 > site.lowerBound, context.isWord(that - 1, in: Self.copulas) {
                return (that - 1, true)
            }
            that -= 1
        }
        return nil
    }

    private func isHead(_ index: Int, clauseOnly: Bool, _ context: AttributionContext) -> Bool {
        guard context.tokens[index].kind == .word else { return false }
        if context.isWord(index, in: Self.compoundHeads) {
            return index - 1 >= 0 && context.isWord(index - 1, in: Self.compoundModifiers)
        }
        if context.isWord(index, in: Self.compoundModifiers) { return false }
        return context.isWord(index, in: Self.contentNouns) || (clauseOnly && context.isWord(index, in: Self.clauseNouns))
    }

    /// `Hale's`, `Jo Hale's`, `his`, `her`, before the noun and at most three lower-case
    /// modifiers (`campaign`, `favorite`, `catch`), the phrase opening its clause.
    private func possessor(of noun: Int, _ site: QuoteSite, _ context: AttributionContext) -> SpeakerPhrase? {
        var index = noun - 1
        while index > site.lowerBound, noun - index <= 4, context.tokens[index].kind == .word,
            !context.tokens[index].isPossessive, !context.tokens[index].isCapitalized,
            !context.isWord(index, in: SpeakerWords.stops),
            SpeakerPhraseReader.possessivePronouns[context.lower(index)] == nil
        {
            index -= 1
        }
        guard index >= site.lowerBound else { return nil }
        let speaker: SpeakerPhrase
        if let gender = SpeakerPhraseReader.possessivePronouns[context.lower(index)] {
            speaker = SpeakerPhrase(kind: .pronoun(gender), tokens: index..<(index + 1))
        } else if context.tokens[index].isPossessive,
            let owner = SpeakerPhraseReader(context: context).phrase(endingAt: index - 1, from: site.lowerBound),
            owner.kind == .name
        {
            speaker = owner
        } else {
            return nil
        }
        let opener = speaker.tokens.lowerBound - 1
        guard opener < site.lowerBound || context.isPunctuation(opener, WordSets.comma)
            || context.isClauseEnd(opener) || context.isWord(opener, in: Self.clauseOpeners)
        else { return nil }
        return speaker
    }
}
