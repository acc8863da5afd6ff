/// Sieve rule: a colon after a clause whose subject is a person introduces that person's
/// words, whatever the verb (`Trump leaned in and boomed: "..."`, `she shot back: "..."`),
/// and a person named right before the colon after a role is the speaker (`... doesn't
/// surprise Republican pollster Daron Shaw: "..."`, `Polls agree - Carl Bialik: "..."`). The verb must be the last word or two
/// of the clause and in the past tense (not a passive: `he was asked: "..."` quotes the
/// asker), and no subordinate clause may stand between subject and verb.
struct ColonCueRule: AttributionRule {
    /// Irregular past tenses that introduce words with a colon (`put it this way:`, `went on:`).
    static let irregularPasts: Set<String> = ["put", "went", "spoke", "began", "shot", "fired", "hit", "struck"]
    /// What may follow the verb before the colon: particles and light objects.
    static let tails: Set<String> = [
        "it", "up", "in", "out", "back", "on", "this", "that", "way", "so", "him", "her", "them", "me", "us",
        "simply", "bluntly", "flatly", "again", "later", "then", "too", "also",
    ]
    static let passiveAuxiliaries: Set<String> = ["is", "was", "are", "were", "be", "been", "being", "get", "got"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, site.openToken > 0, context.isMark(site.openToken - 1, 0x3A) else { return nil }
        let colon = site.openToken - 1
        let start = context.sentences.isEmpty ? 0 : context.sentences[context.sentenceIndex(ofToken: colon)].tokens.lowerBound
        guard colon > start else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        if let named = namedBeforeColon(colon, from: start, context, reader) {
            return Cue(verbTokens: colon..<(colon + 1), speaker: named)
        }
        var verb = colon - 1
        while verb > start, colon - verb <= 3, isTail(verb, context) { verb -= 1 }
        guard verb > start, isPastVerb(verb, context), !context.isWord(verb - 1, in: Self.passiveAuxiliaries),
            let subject = reader.sentenceSubject(from: start, before: verb + 1), isPerson(subject),
            subject.tokens.upperBound <= verb, // (the limit takes the verb in, so a name right before it is read)
            !(clauseStart(before: subject, from: start, context)..<verb).contains(where: { isClauseBreak($0, context) })
        else { return messageBeforeColon(colon, from: start, context, reader) }
        // `The Slate columnist Jo Hale wrote:` names the columnist, not the outlet.
        let speaker = subject.kind == .name ? reader.nameAfterRole(from: subject.tokens.upperBound, to: verb) ?? subject : subject
        return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
    }

    /// `pollster Daron Shaw:`: a name right before the colon, after a role noun or opening
    /// the sentence.
    private func namedBeforeColon(
        _ colon: Int, from start: Int, _ context: AttributionContext, _ reader: SpeakerPhraseReader
    ) -> SpeakerPhrase? {
        // `Rep. Trey Gowdy (R-S.C.): "..."`: the name before a party and state in brackets.
        var end = colon - 1
        if context.isMark(end, 0x29),
            let open = (max(start, end - 10)..<end).last(where: { context.isMark($0, 0x28) })
        {
            end = open - 1
        }
        guard let phrase = reader.phrase(endingAt: end, from: start), phrase.kind == .name else { return nil }
        let first = phrase.nameTokens?.lowerBound ?? phrase.tokens.lowerBound
        guard first > start else { return phrase.tokens.lowerBound == start && first - start <= 3 ? phrase : nil }
        // `Rep. Jo Hale (R-Ohio): "..."`, `Former secretary of state Jo Hale: "..."`: a titled
        // name that is the whole clause before the colon labels the words, as a bare name does.
        if phrase.tokens.lowerBound == start, first - start <= Self.titleReach { return phrase }
        // `Pollsters agree - Carl Bialik: "..."`: a digest's dash sets off the author's name.
        if phrase.tokens.lowerBound > start, context.isPunctuation(phrase.tokens.lowerBound - 1, Self.dashes) { return phrase }
        return SpeakerWords.roleNouns.contains(context.lower(first - 1)) ? phrase : nil
    }

    static let dashes: Set<String> = ["-", "--", "—", "–"]
    /// Most words of title before a name that labels a quotation (`Former secretary of state`).
    static let titleReach = 5

    /// Where the subject's clause starts: after the comma closing an opening phrase (`Asked
    /// whether ..., Mr. Smith shot back:`), else at the sentence start.
    private func clauseStart(before subject: SpeakerPhrase, from start: Int, _ context: AttributionContext) -> Int {
        (start..<subject.tokens.lowerBound).last { context.isMark($0, 0x2C) }.map { $0 + 1 } ?? start
    }

    private func isTail(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word, !token.isCapitalized else { return false }
        return Self.tails.contains(token.text) || (token.text.hasSuffix("ly") && token.text.count > 4)
    }

    func isPastVerb(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word, !token.isCapitalized else { return false }
        if let verb = context.speechVerb(at: index) { return verb.form == .past || verb.form == .present }
        return Self.irregularPasts.contains(token.text) || (token.text.hasSuffix("ed") && token.text.count > 4)
    }

    /// A subordinate or relative link (`When Trump arrived, the crowd chanted:` names the
    /// crowd's words, not Trump's), a clause end or a quotation before the verb.
    func isClauseBreak(_ index: Int, _ context: AttributionContext) -> Bool {
        if context.isClauseEnd(index) || context.isQuoteMark(index) { return true }
        if context.tokens[index].isCapitalized, CharacterizationRule.clauseLinks.contains(context.lower(index)) { return true }
        if context.isWord(index, in: ["if"]), context.isWord(index - 1, in: WordSets.asWord) { return false }
        return context.isWord(index, in: CharacterizationRule.clauseLinks)
    }

    func isPerson(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase.kind {
        case .name, .pronoun: return true
        case .pluralPronoun, .descriptive: return false
        }
    }
}
