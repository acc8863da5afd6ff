/// Sieve rule: the quoted words are what the subject talks about, in its own words: `as Hale
/// went on about "how the system is rigged,"`, `Hale spoke of a "rigged economy"`, `Hale
/// talked about "the people who were left behind"`. Verbs of talking (`talk`, `speak`, `rant`,
/// `rave`, `harp`, `riff`, `go on`) take their topic with `about`, `of` or `on`, and the quoted
/// topic is the subject's phrase (a base form only as an infinitive: `heard Lee talk of "..."`
/// is the hearer's account). The quotation must follow within two words, end the topic
/// (`talked about the "Gang of Eight" bill` is a term) and open in lower case (a capitalized
/// name or title is a term too). A passive (`was talked about`) names nobody, and a noun
/// (`the talk of "..."`, `peace talks on`) is no verb.
struct TalkingAboutRule: AttributionRule {
    static let verbs: WordClass = [
        "talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking",
        "rant", "rants", "ranted", "ranting", "rave", "raves", "raved", "raving",
        "harp", "harps", "harped", "harping", "riff", "riffs", "riffed", "riffing",
    ]
    /// `went on about`: a form of `go`, then `on`, then the topic's preposition.
    static let goForms: WordClass = ["go", "goes", "went", "going", "gone"]
    static let on: WordClass = ["on"]
    static let about: WordClass = ["about"]
    static let talks: WordClass = ["talks"]
    /// Lower-case words that may stand between a subject and `talks` (`she often talks`).
    static let beforeTalks: WordClass = ["he", "she", "who", "also", "often", "still", "never", "rarely", "always"]
    static let topics: WordClass = ["about", "of", "on"]
    /// Base forms count only after `to` (`went to talk about "..."`): `heard Lee talk of
    /// "..."` reports the hearer's account, and `they talk about` has a plural subject.
    static let baseForms: WordClass = ["talk", "speak", "rant", "rave", "harp", "riff", "go"]
    /// Most words between the preposition and the quotation (`about the`, `of a new`).
    static let reach = 2

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil, opensInLowerCase(site, context),
            let preposition = preposition(before: site, context)
        else { return nil }
        let verb: Int
        if context.isWord(preposition - 1, in: Self.verbs) {
            verb = preposition - 1
        } else if context.isWord(preposition, in: Self.about), context.isWord(preposition - 1, in: Self.on),
            context.isWord(preposition - 2, in: Self.goForms)
        {
            verb = preposition - 2
        } else {
            return nil
        }
        guard verb >= site.lowerBound, !context.tokens[verb].isCapitalized, !isNoun(verb, context),
            !context.isWord(verb, in: Self.baseForms) || context.isWord(verb - 1, in: WordSets.to),
            StanceVerbRule().endsObject(site, context),
            let speaker = StanceVerbRule().subject(ofVerb: verb, site, context)
        else { return nil }
        return Cue(verbTokens: verb..<(preposition + 1), speaker: speaker)
    }

    /// The topic's preposition, at most `reach` lower-case words before the opening mark.
    private func preposition(before site: QuoteSite, _ context: AttributionContext) -> Int? {
        var index = site.openToken - 1
        while index > site.lowerBound, site.openToken - 1 - index <= Self.reach {
            let token = context.tokens[index]
            guard token.kind == .word, !token.isCapitalized else { return nil }
            if context.isWord(index, in: Self.topics) { return index }
            index -= 1
        }
        return nil
    }

    /// `the talk of`, `his speaking of`, `peace talks on`: after a determiner, a possessive
    /// or another noun the word is a noun.
    private func isNoun(_ verb: Int, _ context: AttributionContext) -> Bool {
        guard verb > 0 else { return false }
        let before = context.tokens[verb - 1]
        if before.isPossessive || context.isWord(verb - 1, in: AttributionContext.nounDeterminers) { return true }
        // `peace talks`: a plural noun after a lower-case word that is no subject.
        return context.isWord(verb, in: Self.talks) && before.kind == .word && !before.isCapitalized
            && !context.isWord(verb - 1, in: Self.beforeTalks)
    }

    private func opensInLowerCase(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let content = context.quotes[site.quote].content
        guard let first = context.units[content.start..<content.end].first(where: QuoteCharacters.isLetterOrDigit) else {
            return false
        }
        return first >= 0x61 && first <= 0x7A
    }
}
