/// Sieve rule: a name that opens the clause before a colon, followed only by who the person
/// is, when, where or on what they spoke, labels the quotation: `Jo Hale, 45, Dayton: "..."`,
/// `Ana Mendes, a teacher from Toledo: "..."`, `Tom Waller, on the economy: "..."`, `Pike in
/// 2012: "..."`, `Pike, in a 2015 interview with CNN: "..."`, `Waller, speaking to reporters on
/// Monday: "..."`, `Sen. Jo Hale, R-Ohio: "..."`. Vox-pop lists, fact checks and digests line
/// up quotations this way; `ColonCueRule` reads a name only right before the colon.
///
/// The name opens the sentence and is followed by a comma, a bracket or a word of
/// `labelLinks`; the rest, up to the colon, holds no verb of its own before any relative
/// `who` (`Pike saw the results:` is a clause, left to `ColonObjectRule`), no quotation, no
/// second person joined by `and`/`or`, and nothing that hands the words to another source
/// (`Pike, according to Waller:`, `Pike, quoting Lincoln:`).
struct NameLabelColonRule: AttributionRule {
    /// Most tokens between the name and the colon.
    static let reach = 20
    /// Words that may follow the name directly: `on the economy`, `in 2012`, `speaking to ...`.
    static let labelLinks: WordClass = [
        "on", "in", "at", "during", "to", "before", "after", "speaking", "writing", "talking", "asked", "responding",
        "replying", "testifying", "campaigning",
    ]
    /// Words after the name that give the words to someone else, or join a second person.
    static let otherSource: WordClass = [
        "according", "quoting", "citing", "reading", "paraphrasing", "recalling", "mimicking", "imitating", "and", "or",
    ]
    /// Finite verbs that make the lead-in a clause (`Pike was clear:` is `MannerPredicateRule`'s).
    static let finite: WordClass = ["is", "was", "are", "were", "has", "had", "have", "will", "would", "did", "does", "do", "can", "could"]
    static let who: WordClass = ["who", "whose"]
    /// Participles of the label itself (`asked about the vote`), not the clause's verb.
    static let labelParticiples: WordClass = ["asked", "pressed", "questioned"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard let colon = context.colonIntroducing(site), colon > site.lowerBound else { return nil }
        let start = site.lowerBound
        let reader = SpeakerPhraseReader(context: context)
        guard let named = labelName(from: start, to: colon, reader, context), colon - named.tokens.upperBound <= Self.reach
        else { return nil }
        let next = named.tokens.upperBound
        var sawWho = false
        var bracketDepth = 0
        for index in next..<colon {
            // `(R-S.C.)`: a party and state in brackets, whose dots end no clause.
            if context.isMark(index, 0x28) { bracketDepth += 1 }
            if context.isMark(index, 0x29) { bracketDepth = max(0, bracketDepth - 1) }
            if bracketDepth > 0 || context.isMark(index, 0x29) { continue }
            if context.isQuoteMark(index) || context.isClauseEnd(index) || context.isWord(index, in: Self.otherSource) { return nil }
            if context.isWord(index, in: Self.who) { sawWho = true }
            guard !sawWho, context.tokens[index].kind == .word, !context.tokens[index].isCapitalized else { continue }
            if context.isWord(index, in: Self.labelParticiples) { continue }
            if context.isWord(index, in: Self.finite) || isPastForm(index, context) { return nil }
            if let verb = context.speechVerb(at: index), verb.form == .past || verb.form == .present { return nil }
        }
        return Cue(verbTokens: colon..<(colon + 1), speaker: named)
    }

    /// The name opening the label: read forward from the sentence's start (`Tom Waller, on
    /// ...`), or back from the first comma, bracket, link word or the colon after titles only
    /// (`Democratic presidential candidate Hillary Clinton, in a debate:`, `Former secretary of
    /// state Hillary Rodham Clinton:`). The name must be followed by a comma, a bracket, a link
    /// word or the colon itself.
    private func labelName(from start: Int, to colon: Int, _ reader: SpeakerPhraseReader, _ context: AttributionContext) -> SpeakerPhrase? {
        if let named = reader.inverted(after: start - 1, to: colon), named.kind == .name, named.tokens.lowerBound == start,
            named.tokens.upperBound < colon, isLink(named.tokens.upperBound, context)
        {
            return named
        }
        let link = (start..<colon).first(where: { isLink($0, context) }) ?? colon
        guard let named = reader.phrase(endingAt: link - 1, from: start), named.kind == .name,
            let first = named.nameTokens?.lowerBound, first > start, first - start <= Self.titleReach,
            context.isWord(first - 1, in: SpeakerWords.titles) || context.isWord(first - 1, in: SpeakerWords.roleNouns),
            (start..<first).allSatisfy({ isTitleWord($0, context) })
        else { return nil }
        return SpeakerPhrase(kind: named.kind, tokens: start..<named.tokens.upperBound, nameTokens: named.nameTokens, gender: named.gender)
    }

    private func isLink(_ index: Int, _ context: AttributionContext) -> Bool {
        context.isMark(index, 0x2C) || context.isMark(index, 0x28) || context.isWord(index, in: Self.labelLinks)
    }

    /// Most words of title before the name (`Former secretary of state`).
    static let titleReach = 5
    /// Title words beside `SpeakerWords.titles` and role nouns: `Democratic presidential
    /// candidate`, `secretary of state`.
    static let titleModifiers: WordClass = ["of", "presidential", "vice-presidential", "gubernatorial", "congressional", "party", "retired", "longtime"]

    /// A word of title: a title or role noun, a modifier, or a capitalized place or party
    /// (`Former Florida governor`); never a function word (`Critics of Jo Hale:` has none).
    private func isTitleWord(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word, !token.isPossessive else { return false }
        if context.isWord(index, in: SpeakerWords.titles) || context.isWord(index, in: SpeakerWords.roleNouns)
            || context.isWord(index, in: Self.titleModifiers)
        {
            return true
        }
        return token.isCapitalized && !context.isWord(index, in: SpeakerWords.stops)
    }

    private func isPastForm(_ index: Int, _ context: AttributionContext) -> Bool {
        context.unitCount(index) > 4 && context.textHasSuffix(index, "ed") == true
    }
}
