/// Sieve rule: `Jo Hale, a retired teacher, said that given the choice on both sides:`
/// followed by the quotation. The writer opens a reported clause (`said that`), fronts a
/// phrase of its circumstances, and lets the speaker's own words after the colon finish
/// it; the quotation is the subject's of the verb of saying. `ColonIntroductionRule` reads
/// only a verb within a few words of the colon, so a longer fronted phrase left these
/// quotations without a speaker.
///
/// Read only when the words between `that` and the colon are plain lower-case words (and
/// commas): a name, a pronoun or another verb of saying there may be the subject of a
/// clause of its own (`said that Lee had told him:` quotes Lee), and a quotation mark
/// there means the colon introduces something else.
struct ReportedClauseColonRule: AttributionRule {
    /// The longest fronted phrase read between `that` and the colon.
    static let maxPhraseTokens = 15

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, site.openToken > 1, context.isMark(site.openToken - 1, 0x3A) else { return nil }
        let colon = site.openToken - 1
        let sentence = context.sentences[context.sentenceIndex(ofToken: colon)]
        let start = sentence.tokens.lowerBound
        var that = colon - 1
        while that > start, colon - that <= Self.maxPhraseTokens + 1 {
            if context.isWord(that, in: WordSets.that) { break }
            guard isPlain(that, in: context) else { return nil }
            that -= 1
        }
        let verb = that - 1
        guard verb > start, context.isWord(that, in: WordSets.that), colon - that >= 2,
            let found = context.speechVerb(at: verb), found.traits.contains(.speech),
            let speaker = SpeakerPhraseReader(context: context).subject(before: verb, from: start)
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
    }

    /// A word of the fronted phrase: lower case, no pronoun that could open a clause, no verb
    /// of saying; or a comma.
    private func isPlain(_ index: Int, in context: AttributionContext) -> Bool {
        if context.isMark(index, 0x2C) { return true }
        let token = context.tokens[index]
        return token.kind == .word && !token.isCapitalized
            && !context.isWord(index, in: WordSets.heSheTheyEtc)
            && context.speechVerb(at: index) == nil
    }
}
