/// Sieve rule: a sentence in which a named person takes a stand or sets out a case, with no
/// verb of saying, sets up the quotation that opens the next sentence: `Pike defended the
/// decision on Tuesday. "We had no other choice."`, `Hale outlined his plan for the first
/// hundred days. "We start with the bridges."`, `Waller identified the cost of delay as the
/// main concern. "..."`. `SpeakerIntroductionRule` reads only verbs of saying; news writing as
/// often sums up the stand first (a verb of `StanceVerbs`, or one of `settingOut`), then quotes
/// it.
///
/// The introduction is the sentence before, in the quotation's paragraph, or the last one of
/// the paragraph before when the quotation opens its own. Its subject opens it (after any
/// opening phrase) and names a person outright; the verb follows the subject at once (adverbs,
/// a party in brackets or an apposition in commas aside), in the past or present tense.
/// An opening phrase may hold a quoted title (`On "Face the Nation," Sen. Jo Hale (D-Ohio), who
/// ..., identified ...`). Left alone: an introduction with a verb of saying (its own rule
/// decides), with a quotation after its subject, a subject that is no named person (`Police identified the victim.`), a
/// stance verb that needs its particle and has none (`Pike called Waller.`).
struct StanceIntroductionRule: AttributionRule {
    /// Verbs by which a person sets out a case, beside the stance verbs.
    static let settingOut = VerbForms.lemmaTable(
        ["outline", "identify", "detail", "defend", "elaborate", "reiterate", "summarize", "summarise", "explain", "describe", "justify"],
        irregular: [:])
    /// Phrasal verbs of setting out: `laid out`, `spelled out`, `summed up`.
    static let phrasal: [String: String] = ["laid": "out", "lays": "out", "spelled": "out", "spells": "out", "summed": "up", "sums": "up"]
    /// Most tokens of an apposition between the subject and its verb (`, who lost the primaries to Clinton,`).
    static let appositionReach = 20

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, MannerPredicateRule.opensWithCapital(quote, context),
            let intro = context.introducingSentence(of: site), intro.tokens.count > 2, !context.hasCue(in: intro.tokens)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = subject(of: intro.tokens, reader, context),
            reader.namesPersonOutright(subject), subject.kind == .name,
            !(subject.tokens.upperBound..<intro.tokens.upperBound).contains(where: { context.isQuoteMark($0) })
        else { return nil }
        var verb = verbAfter(subject, before: intro.tokens.upperBound, context)
        while verb < intro.tokens.upperBound, context.isWord(verb, in: ColonObjectRule.adverbs) { verb += 1 }
        guard verb < intro.tokens.upperBound - 1, isStanceVerb(verb, context) else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
    }

    /// The introduction's subject: the sentence's, or the name right after a quoted title
    /// that closes the opening phrase (the subject reader takes `Sen. Jo Hale (D-Ohio)` at a
    /// sentence's start for a dateline).
    private func subject(of tokens: Range<Int>, _ reader: SpeakerPhraseReader, _ context: AttributionContext) -> SpeakerPhrase? {
        guard let opening = afterQuotedTitle(in: tokens, context) else {
            return reader.sentenceSubject(from: tokens.lowerBound, before: tokens.upperBound)
        }
        guard let named = reader.inverted(after: opening - 1, to: tokens.upperBound), named.tokens.lowerBound == opening else {
            return nil
        }
        return named
    }

    /// `On "Face the Nation," Sen. Jo Hale ...`: the token after a show or paper's title that
    /// closes the opening phrase (a comma inside the closing mark), where the subject starts.
    private func afterQuotedTitle(in tokens: Range<Int>, _ context: AttributionContext) -> Int? {
        guard let close = tokens.prefix(Self.titleReach).first(where: {
            $0 > tokens.lowerBound + 1 && context.isQuoteMark($0) && context.isMark($0 - 1, 0x2C)
        }) else { return nil }
        return close + 1 < tokens.upperBound ? close + 1 : nil
    }

    /// Most tokens of an opening phrase holding a quoted title.
    static let titleReach = 12

    /// The token after the subject, past a party in brackets (`Pike (D-Ohio)`) and an
    /// apposition in commas (`Pike, who lost the primary,`).
    private func verbAfter(_ subject: SpeakerPhrase, before end: Int, _ context: AttributionContext) -> Int {
        var index = subject.tokens.upperBound
        if index < end, context.isMark(index, 0x28),
            let close = (index..<min(end, index + 12)).first(where: { context.isMark($0, 0x29) })
        {
            index = close + 1
        }
        if index < end, context.isMark(index, 0x2C),
            let close = ((index + 1)..<min(end, index + Self.appositionReach)).first(where: { context.isMark($0, 0x2C) })
        {
            index = close + 1
        }
        return index
    }

    private func isStanceVerb(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word, !token.isCapitalized, context.textHasSuffix(index, "ing") == false else { return false }
        let word = context.lower(index)
        if let particle = Self.phrasal[word] { return context.isWord(index + 1, in: [particle]) }
        if Self.settingOut[word] != nil { return true }
        guard let lemma = StanceVerbs.forms[word], word != lemma else { return false }
        if let particles = StanceVerbs.particles[lemma] { return context.isWord(index + 1, in: particles) }
        return true
    }
}
