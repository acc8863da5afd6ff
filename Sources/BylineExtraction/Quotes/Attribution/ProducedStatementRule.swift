/// Sieve rule: the subject produces a statement whose complement the quotation is: `Ryan laid
/// out a vision for "a reformed tax code"`, `Trump launched into a lament for the "countless
/// Americans"`, `Rubio, after pushing out a new video about the "clash of civilizations,"
/// revamped ...`, `Lee issued a warning about "..."`. The verb is one of making or delivering
/// (`ProducedStatementRule.verbs`), its object an indefinite or the subject's own noun of saying
/// (`StanceNouns.acts`, `vision`, `video`), then `for`, `about`, `of`, `on`, `against` or `to`
/// and the quotation within two words. `the call for "..."` (someone's known call) and a
/// preposition before the object (`responded to a call for "..."`: someone else's) are left.
struct ProducedStatementRule: AttributionRule {
    static let verbs: Set<String> = [
        "made", "make", "makes", "making", "issued", "issue", "issues", "issuing", "gave", "give", "gives", "giving",
        "delivered", "deliver", "delivers", "delivering", "laid", "lays", "laying", "launched", "launches",
        "launching", "renewed", "renews", "renewing", "repeated", "repeats", "repeating", "unveiled", "unveils",
        "unveiling", "pushed", "pushing", "put", "puts", "putting", "sent", "sends", "sending", "sounded",
        "sounds", "sounding", "voiced", "voices", "voicing", "mounted", "mounts", "mounting", "penned",
        "pens", "penning", "offered", "offers", "offering", "released", "releases", "releasing", "struck",
        "strikes", "striking",
    ]
    /// Particles between the verb and its object: `laid out`, `launched into`, `pushing out`.
    static let particles: Set<String> = ["out", "into", "forth", "up"]
    static let determiners: Set<String> = ["a", "an", "his", "her", "their", "its"]
    static let extraNouns: WordClass = ["vision", "video", "videos", "ad", "ads", "op-ed", "column", "case", "pitch"]
    static let complements: WordClass = ["for", "about", "of", "on", "against", "to"]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil else { return nil }
        // The complement word, at most two words (`the`, an adjective) before the quotation.
        var index = site.openToken - 1
        var gap = 0
        while index > site.lowerBound, gap < 2, !context.isWord(index, in: Self.complements) {
            guard context.tokens[index].kind == .word, !context.tokens[index].isCapitalized else { return nil }
            index -= 1
            gap += 1
        }
        guard context.isWord(index, in: Self.complements) else { return nil }
        // The noun, after its determiner and at most two modifiers.
        let noun = index - 1
        guard noun > site.lowerBound, context.isWord(noun, in: StanceNouns.acts) || context.isWord(noun, in: Self.extraNouns)
        else { return nil }
        var determiner = noun - 1
        while determiner > site.lowerBound, noun - determiner <= 3, !context.isWord(determiner, in: Self.determiners) {
            guard context.tokens[determiner].kind == .word, !context.tokens[determiner].isCapitalized,
                context.speechVerb(at: determiner) == nil
            else { return nil }
            determiner -= 1
        }
        guard context.isWord(determiner, in: Self.determiners) else { return nil }
        var verb = determiner - 1
        if context.isWord(verb, in: Self.particles) { verb -= 1 }
        guard verb >= site.lowerBound, context.isWord(verb, in: Self.verbs), !context.tokens[verb].isCapitalized,
            !context.isWord(verb - 1, in: WordSets.passiveAuxiliaries)
        else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        let speaker: SpeakerPhrase?
        if context.lower(verb).hasSuffix("ing") {
            speaker = reader.participleSpeaker(verb, from: site.lowerBound)
        } else {
            speaker = CoordinatedVerbSubject().subject(of: verb, site, context) ?? reader.clauseSubject(of: verb, from: site.lowerBound)
        }
        guard let found = speaker, reader.isSpeakerPhrase(found) else { return nil }
        return Cue(verbTokens: verb..<(verb + 1), speaker: found)
    }
}
