/// Sieve rule: a person's clause whose verb takes an object, closed by a colon, introduces
/// that person's words: `Pike also played up her record on roads: "..."`, `Back in Ohio,
/// Waller returned to his familiar theme: "..."`, `Ortiz offered voters a simple choice: "..."`,
/// `Hale made his closing argument to the crowd: "..."`. `ColonCueRule` reads only a verb that
/// ends the clause (`Hale shot back:`); news writing as often names what the person did with
/// words before the colon.
///
/// The subject opens the clause (after any opening phrase) and names a person outright; the
/// verb follows it at once (adverbs aside), in the past tense. Left alone: a verb by which the
/// subject takes in, finds, shows or quotes someone else's words (`received a letter:`, `found a
/// note:`, `carried a sign:`, `quoted Lincoln:`, `faced a question:`, `mocked the slogan:`); an
/// object that is a question, a sign or a slogan (`brushed off the question:`); an object that names
/// another source (`from`, `by`, a possessive noun: `recalled her father's advice:`), opens
/// another clause, holds a quotation or a verb of saying; a quotation that does not open with
/// a capital (a term, not the person's sentences).
struct ColonObjectRule: AttributionRule {
    /// Most tokens of object between the verb and the colon.
    static let objectReach = 12
    /// Irregular pasts that take a speaker's words as their object.
    static let irregularPasts: WordClass = ["made", "gave", "had", "laid", "struck", "drew", "kept", "threw", "sent", "left", "set"]
    /// Verbs whose object before a colon is someone else's words or a thing with words on it.
    static let notSpeaking: WordClass = [
        "received", "got", "found", "saw", "heard", "read", "noticed", "spotted", "watched", "showed", "displayed",
        "wore", "carried", "held", "pointed", "quoted", "cited", "played", "faced", "fielded", "answered",
        "retweeted", "shared", "forwarded", "obtained", "learned", "remembered", "recited", "borrowed", "echoed",
        "aired", "ran", "screened", "posted", "published", "printed", "reprinted", "took", "signed",
        "mocked", "ridiculed", "parodied", "mimicked", "imitated", "lampooned", "misquoted", "paraphrased",
    ]
    /// Objects whose words are someone else's or written on a thing: `brushed off the question:`
    /// (the question follows), `wore a hat:`, `mocked the slogan:`.
    static let othersWords: WordClass = [
        "question", "questions", "sign", "signs", "banner", "banners", "headline", "headlines", "slogan", "slogans",
        "chant", "chants", "placard", "placards", "poster", "posters", "shirt", "t-shirt", "hat", "cap", "motto",
    ]
    /// Adverbs between subject and verb (`Pike also played up`).
    static let adverbs: WordClass = ["also", "then", "later", "again", "once", "even", "still", "soon", "often", "quickly", "promptly", "repeatedly", "finally"]
    /// `played up her record`: a verb of showing that, with `up`, plays up one's own case.
    static let up: WordClass = ["up"]
    /// Words in the object that hand the words to another source.
    static let sources: WordClass = ["from", "by"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard let colon = context.colonIntroducing(site) else { return nil }
        let start = site.lowerBound
        let reader = SpeakerPhraseReader(context: context)
        guard let subject = reader.sentenceSubject(from: start, before: colon), reader.namesPersonOutright(subject) else {
            return nil
        }
        var verb = subject.tokens.upperBound
        while verb < colon, context.isWord(verb, in: Self.adverbs) || isLyAdverb(verb, context) { verb += 1 }
        guard verb + 1 < colon, colon - verb - 1 <= Self.objectReach, isPastVerb(verb, context),
            !context.isWord(verb, in: Self.notSpeaking) || context.isWord(verb + 1, in: Self.up),
            !context.isWord(verb - 1, in: ColonCueRule.passiveAuxiliaries),
            ((verb + 1)..<colon).allSatisfy({ isPlainObjectToken($0, context) })
        else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
    }

    private func isPastVerb(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word, !token.isCapitalized else { return false }
        if context.isWord(index, in: Self.irregularPasts) { return true }
        return context.textHasSuffix(index, "ed") == true && context.unitCount(index) > 4
    }

    private func isLyAdverb(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        return token.kind == .word && !token.isCapitalized && context.unitCount(index) > 4 && context.textHasSuffix(index, "ly") == true
    }

    /// A token of a plain object: no other source, clause, quotation or verb of saying.
    private func isPlainObjectToken(_ index: Int, _ context: AttributionContext) -> Bool {
        let token = context.tokens[index]
        if context.isQuoteMark(index) || context.isClauseEnd(index) { return false }
        if token.kind == .punctuation { return context.isMark(index, 0x2C) || context.isMark(index, 0x2D) }
        if token.isPossessive { return false }
        if context.isWord(index, in: Self.sources) || context.isWord(index, in: CharacterizationRule.clauseLinks)
            || context.isWord(index, in: Self.othersWords)
        {
            return false
        }
        return context.speechVerb(at: index) == nil
    }
}
