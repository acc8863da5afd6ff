/// Sieve rule: the quoted words are the object of a verb by which the subject takes a stand
/// (`StanceVerbs`): `Clinton supports "appropriate pay raises"`, `Sanders pushed his promise of
/// "free college"`, `Pence used his speech to offer "encouragement"`, `the committee released a
/// statement, offering "a deep and sincere apology"`. The speaker is that verb's subject. The
/// quotation must end the object, not modify a noun after it (`backed the "Gang of Eight"
/// bill` is a term), and a passive (`was accused of "..."`) names nobody.
struct StanceVerbRule: AttributionRule {
    /// At most this many words of object between the verb and the quotation.
    static let objectLength = 6
    /// Words the object never crosses: a new clause, a verb of being, an auxiliary, a coordination.
    static let objectStops: Set<String> = CharacterizationRule.clauseLinks.union([
        "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "should", "may",
        "might", "must", "shall", "has", "have", "had", "and", "but", "or", "not", "than",
    ])
    /// Words that may follow a quotation closing the object: a preposition or a conjunction.
    static let followers: Set<String> = [
        "and", "or", "but", "to", "for", "of", "in", "on", "at", "from", "with", "as", "because", "that",
        "which", "who", "while", "when", "over", "against", "by", "if", "than", "since", "after", "before",
        "despite", "into", "among", "during", "even", "so", "though", "although", "until", "unless",
        "about", "through", "toward", "towards", "under", "without", "amid", "instead", "rather",
        "within", "across", "around", "beyond", "behind", "near", "per", "via", "upon", "onto", "like",
        "unlike", "throughout", "ahead", "along", "whether", "where",
    ]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil, endsObject(site, context),
            site.openToken - 1 >= site.lowerBound, !context.tokens[site.openToken - 1].isPossessive
        else { return nil }
        var index = site.openToken - 1
        while index >= site.lowerBound, site.openToken - 1 - index <= Self.objectLength {
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number else { return nil }
            if !token.isCapitalized, let lemma = StanceVerbs.forms[context.lower(index)], !isNoun(index, context) {
                return cue(verb: index, lemma: lemma, site, context)
            }
            // `accuse the campaign of being "duped"`: `being` after `of` stays in the object.
            let ofBeing = context.isWord(index, in: NamingVerbRule.being) && context.isWord(index - 1, in: NamingVerbRule.of)
            if !ofBeing, context.isWord(index, in: Self.objectStops) || (context.speechVerb(at: index) != nil && !token.isPossessive) {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// `his promise`, `a call`: after a possessive or a determiner the word is a noun.
    private func isNoun(_ index: Int, _ context: AttributionContext) -> Bool {
        guard index > 0 else { return false }
        return context.tokens[index - 1].isPossessive || context.isWord(index - 1, in: AttributionContext.nounDeterminers)
    }

    /// Nothing after the closing mark but the sentence's end, punctuation, a capital, or a
    /// preposition or conjunction: the quotation is the whole object, not a noun's modifier.
    func endsObject(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let after = site.afterToken
        guard after < site.upperBound else { return true }
        // `denounce "self-deportation," which ...`: a comma or period inside the marks ends the phrase.
        if let last = site.lastContentUnit(in: context), [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F].contains(last) { return true }
        let token = context.tokens[after]
        guard token.kind == .word, !token.isCapitalized else { return true }
        // `a "consumption tax" modeled after ...`: a participle opens a reduced relative clause.
        return context.isWord(after, in: Self.followers) || context.lower(after).hasSuffix("ed")
    }

    /// `Pence used his speech to offer`, `Hale went on to promote`: the sentence's subject, when
    /// no clause opens on the way and no object stands before `to` (`urged them to support`
    /// reports what others should say).
    private func infinitiveSubject(
        to: Int, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader
    ) -> SpeakerPhrase? {
        guard to - 1 >= site.lowerBound else { return nil }
        let before = context.tokens[to - 1]
        guard before.kind == .word, !before.isCapitalized, !CharacterizationRule.objectPronouns.contains(before.text),
            !["me", "us", "you"].contains(before.text),
            let subject = reader.sentenceSubject(from: site.lowerBound, before: to), subject.tokens.upperBound < to,
            !(subject.tokens.upperBound..<to).contains(where: {
                context.isClauseEnd($0) || context.isQuoteMark($0) || context.isWord($0, in: CharacterizationRule.clauseLinks)
            })
        else { return nil }
        return subject
    }

    private func cue(verb: Int, lemma: String, _ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        if let particles = StanceVerbs.particles[lemma], !context.isWord(verb + 1, in: particles) { return nil }
        return subject(ofVerb: verb, site, context).map { Cue(verbTokens: verb..<(verb + 1), speaker: $0) }
    }

    /// Who does what the verb at `verb` says: the subject of a finite verb, the sentence's for
    /// a participle after a comma or an infinitive; nobody for a passive.
    func subject(ofVerb verb: Int, _ site: QuoteSite, _ context: AttributionContext) -> SpeakerPhrase? {
        let participle = context.lower(verb).hasSuffix("ing")
        if !participle, context.isWord(verb - 1, in: WordSets.passiveAuxiliaries) { return nil }
        let reader = SpeakerPhraseReader(context: context)
        let speaker: SpeakerPhrase?
        if participle {
            // `, offering "..."`: the participle shares the sentence's subject; `by exhorting
            // them`, `after pushing out a video` are the reporter's framing.
            if verb - 1 >= site.lowerBound, context.isMark(verb - 1, 0x2C) {
                speaker = reader.participleSpeaker(verb, from: site.lowerBound)
            } else if let auxiliary = reader.progressiveAuxiliary(before: verb) {
                speaker = reader.clauseSubject(of: auxiliary, from: site.lowerBound)
            } else if verb - 1 >= site.lowerBound, context.tokens[verb - 1].isCapitalized {
                // `publishing an op-ed in The Washington Post hammering his "..."`: after the
                // place the words went, the clause subject's (`participleSpeaker`).
                speaker = reader.participleSpeaker(verb, from: site.lowerBound)
            } else {
                speaker = nil
            }
        } else if context.isWord(verb - 1, in: WordSets.to) {
            speaker = infinitiveSubject(to: verb - 1, site, context, reader)
        } else {
            speaker = CoordinatedVerbSubject().subject(of: verb, site, context) ?? reader.clauseSubject(of: verb, from: site.lowerBound)
        }
        guard let found = speaker, reader.isSpeakerPhrase(found) else { return nil }
        return found
    }
}
