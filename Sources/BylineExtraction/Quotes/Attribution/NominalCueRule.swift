/// Sieve rule: a noun of saying carries the quotation: `Trump's claim that there have been
/// "thousands of shootings"`, `Obama is rolling out a new message: "It's about me."`. The
/// author is the possessor, or the subject of the sentence that delivers the message.
struct NominalCueRule: AttributionRule {
    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        var index = site.openToken - 1
        while index >= max(site.lowerBound, site.openToken - 12) {
            if context.isQuoteMark(index) || context.isClauseEnd(index) { return nil }
            if context.isWord(index, in: SpeakerWords.messageNouns), introducesContent(after: index, site, context),
                let speaker = reader.author(ofMessage: index, from: site.lowerBound)
            {
                return Cue(verbTokens: index..<(index + 1), speaker: speaker)
            }
            index -= 1
        }
        return nil
    }

    /// The noun introduces what was said: `claim that ...`, `message: "..."`, `his words, "..."`,
    /// `His message to the chancellor was: "..."`.
    private func introducesContent(after noun: Int, _ site: QuoteSite, _ context: AttributionContext) -> Bool {
        if noun + 1 == site.openToken { return true }
        // `Trump issued a statement, "Last night ..."`: a comma before a whole sentence.
        if context.isPunctuation(noun + 1, WordSets.comma), noun + 2 == site.openToken {
            let first = site.firstInside(context)
            return first < site.afterToken && context.tokens[first].isCapitalized
        }
        if context.isWord(noun + 1, in: WordSets.that) { return true }
        // `his comment Monday that`, `her claim on Tuesday that`: a short time phrase between.
        var after = noun + 1
        while after < site.openToken, after - noun <= 3, context.isWord(after, in: SpeakerWords.timeWords) { after += 1 }
        if after > noun + 1, context.isWord(after, in: WordSets.that) { return true }
        if context.isPunctuation(noun + 1, WordSets.colon) { return noun + 2 == site.openToken }
        // `was:` closing the clause the noun opens, a short phrase (`to the chancellor`) between.
        let colon = site.openToken - 1
        guard context.isPunctuation(colon, WordSets.colon), context.isWord(colon - 1, in: WordSets.isAreWasEtc) else {
            return false
        }
        return (noun + 1..<colon - 1).allSatisfy { context.tokens[$0].kind == .word }
    }
}

extension SpeakerPhraseReader {
    static let possessivePronouns: [String: RecognizedEntity.Gender] = ["his": .male, "her": .female]
    /// Determiners that modify a possessed noun (`her most famous remark`, `Hale's top concern`).
    static let superlatives: WordClass = ["most", "top"]

    /// Who sent the message the noun at `noun` names: the possessor (`Trump's repeated claim`)
    /// or, after a determiner, the sentence's subject (`Sanders made the following comment`).
    func author(ofMessage noun: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var index = noun - 1
        // `Bush's Facebook post`: a capitalized modifier, only on the way to a possessor.
        var sawCapitalized = false
        while index >= lowerBound, noun - index <= 7 {
            let token = context.tokens[index]
            // `His message`: the possessive pronoun stands for the author.
            if let gender = Self.possessivePronouns[context.lower(index)] {
                return ownSubject(beforePossessive: index, gender: gender, from: lowerBound)
                    ?? SpeakerPhrase(kind: .pronoun(gender), tokens: index..<(index + 1))
            }
            if token.isPossessive {
                guard let owner = phrase(endingAt: index - 1, from: lowerBound), owner.kind == .name else { return nil }
                return owner
            }
            // `Podliska's most explosive claim`: a superlative right after the possessor is a
            // modifier, not the determiner that would hand the message to the sentence's subject.
            if context.isWord(index, in: Self.superlatives), index - 1 >= lowerBound,
                context.tokens[index - 1].isPossessive || Self.possessivePronouns[context.lower(index - 1)] != nil
            {
                index -= 1
                continue
            }
            if context.isWord(index, in: SpeakerWords.determiners) {
                guard !sawCapitalized, let subject = sentenceSubject(from: lowerBound, before: index) else { return nil }
                return subject.kind == .pluralPronoun ? nil : subject
            }
            // Adjectives, joined by `and` (`a new and more personal campaign message`).
            if token.kind == .word, token.isCapitalized, !context.isWord(index, in: SpeakerWords.capitalizedFunctionWords) {
                sawCapitalized = true
                index -= 1
                continue
            }
            let modifier = token.kind == .word && !token.isCapitalized
                && (!context.isWord(index, in: SpeakerWords.stops) || context.isWord(index, in: WordSets.andBut))
            guard modifier else { return nil }
            index -= 1
        }
        return nil
    }

    static let clauseOpeners: WordClass = ["and", "but", "as", "when", "while", "after", "before", "because", "since", "so"]

    /// `Trump stood by his comment`, `and Lee repeated her claim`: a possessive pronoun right
    /// after its clause's verb (and a particle) is the subject's own, when that subject is a
    /// name opening its clause (at the sentence start, or after a comma or a link such as
    /// `and`, `as`, `when`) and its given name, if known, does not say otherwise. Resolved as
    /// a pronoun instead, it went to the last person quoted.
    private func ownSubject(beforePossessive pronoun: Int, gender: RecognizedEntity.Gender, from lowerBound: Int)
        -> SpeakerPhrase?
    {
        var verb = pronoun - 1
        if verb > lowerBound, context.isWord(verb, in: SpeakerWords.stops) { verb -= 1 }
        guard verb > lowerBound, context.tokens[verb].kind == .word, !context.tokens[verb].isCapitalized,
            !context.isWord(verb, in: SpeakerWords.stops),
            let subject = phrase(endingAt: verb - 1, from: lowerBound), subject.kind == .name
        else { return nil }
        let opener = subject.tokens.lowerBound - 1
        guard opener < lowerBound || context.isMark(opener, 0x2C) || context.isWord(opener, in: Self.clauseOpeners) else {
            return nil
        }
        let first = (subject.nameTokens ?? subject.tokens).lowerBound
        if let known = Lexicon.shared.givenName(context.tokens[first].text), let known, known != gender { return nil }
        return subject
    }
}
