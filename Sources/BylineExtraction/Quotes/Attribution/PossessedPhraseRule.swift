/// Sieve rule: the quoted words belong to a possessor's saying or stance: before a noun they
/// label (`Trump's "Make America Great Again" rallying cry`, `his "America first" policy`) or
/// in a noun's complement (`Clinton's call earlier in the night to "make America whole
/// again"`, `Obama's lyrical rejection of "a politics of cynicism"`). Only a named possessor or
/// `his`/`her`: a bare `the` owns nothing.
struct PossessedPhraseRule: AttributionRule {
    /// At most this many words between the noun and the quotation.
    static let complementLength = 6
    /// Words the complement never crosses: a new clause or verb.
    /// What opens the complement: `call to`, `rejection of`, `broadside against`, `claim that`,
    /// `call earlier in the night to`.
    /// Without one the quotation is the noun's predicate (`called Obama's remarks "a wake-up
    /// call"`, `his comment "has no place"`), someone else's words about it.
    static let complementOpeners: Set<String> = ["of", "to", "against", "for", "about", "that"]
    static let be: Set<String> = ["be"]
    static let complementStops: Set<String> = StanceVerbRule.objectStops.subtracting(["and", "or"])

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        guard context.quotes[site.quote].parent == nil, site.openToken - 1 >= site.lowerBound else { return nil }
        return labelled(site, context) ?? complement(site, context)
    }

    /// `X's "..." slogan`: a possessor right before the quotation, a label noun within two
    /// words after it.
    private func labelled(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let after = site.afterToken
        let labelled = (after..<min(after + 2, site.upperBound)).first { context.isWord($0, in: StanceNouns.labels) }
        guard let noun = labelled, (after..<noun).allSatisfy({ context.tokens[$0].isLowercaseWord }), isNameLike(site, context),
            let owner = possessor(endingAt: site.openToken - 1, site, context)
        else { return nil }
        return Cue(verbTokens: noun..<(noun + 1), speaker: owner)
    }

    /// A phrase or a capitalized name (`"basket of deplorables"`, `"America First"`), not one
    /// lower-case word (`her "reckless" plan` is the writer's or the subject's adjective). A
    /// number counts as a word (`Romney's "47 percent" comment`).
    private func isNameLike(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let words = (site.openToken + 1..<max(site.openToken + 1, site.afterToken - 1)).filter {
            context.tokens[$0].kind == .word || context.tokens[$0].kind == .number
        }
        guard let first = words.first else { return false }
        return words.count >= 2 || context.tokens[first].isCapitalized
    }

    /// `X's [adjectives] noun [a short complement] "..."`.
    private func complement(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var index = site.openToken - 1
        while index >= site.lowerBound, site.openToken - 1 - index <= Self.complementLength {
            let token = context.tokens[index]
            guard token.kind == .word || token.kind == .number, !token.isPossessive else { return nil }
            if context.isWord(index, in: StanceNouns.acts), (index + 1..<site.openToken).contains(where: { context.isWord($0, in: Self.complementOpeners) }),
                let owner = owner(ofNoun: index, site, context)
            {
                // `Ryan called Trump's remarks about a judge "racist"`: the phrase is a
                // naming verb's object and the quotation its label, the namer's words.
                // (`called Clinton's assertion of a "claim of right" ... "disturbing"`: a quotation
                // right after the complement's article or opener is inside it, still the owner's.)
                if isNamed(owner, context), !opensComplement(site.openToken - 1, context) { return nil }
                return Cue(verbTokens: index..<(index + 1), speaker: owner)
            }
            // `claim that Obama "founded ISIS"`: one `that` right after the noun.
            let thatAfterNoun = context.isWord(index, in: WordSets.that) && context.isWord(index - 1, in: StanceNouns.acts)
            // `pledge to be "neutral"`: an infinitive complement.
            let infinitive = context.isWord(index, in: Self.be) && context.isWord(index - 1, in: WordSets.to)
            if !thatAfterNoun, !infinitive, context.isWord(index, in: Self.complementStops) || context.speechVerb(at: index) != nil {
                return nil
            }
            index -= 1
        }
        return nil
    }

    private func opensComplement(_ index: Int, _ context: AttributionContext) -> Bool {
        context.isWord(index, in: SpeakerWords.determiners) || Self.complementOpeners.contains(context.lower(index))
    }

    /// Whether a verb of naming (`called`, `labeled`, `dubbed`) stands right before the possessor.
    private func isNamed(_ owner: SpeakerPhrase, _ context: AttributionContext) -> Bool {
        let before = owner.tokens.lowerBound - 1
        guard before >= 0, let verb = context.speechVerb(at: before) else { return false }
        return SpeakerPhraseReader.namingVerbs.contains(verb.lemma)
    }

    /// The possessor before a noun, past up to three lower-case modifiers (`controversial`).
    private func owner(ofNoun noun: Int, _ site: QuoteSite, _ context: AttributionContext) -> SpeakerPhrase? {
        var index = noun - 1
        while index >= site.lowerBound, noun - index <= 4 {
            if let found = possessor(endingAt: index, site, context) { return found }
            guard context.tokens[index].isLowercaseWord, !context.isWord(index, in: SpeakerWords.determiners),
                !context.isWord(index, in: Self.complementStops)
            else { return nil }
            index -= 1
        }
        return nil
    }

    /// `Trump 's`, `Mr. Obama 's` (a name), or `his`/`her`, ending at `end`.
    private func possessor(endingAt end: Int, _ site: QuoteSite, _ context: AttributionContext) -> SpeakerPhrase? {
        guard end >= site.lowerBound else { return nil }
        if let gender = SpeakerPhraseReader.possessivePronouns[context.lower(end)], !context.tokens[end].isCapitalized || end == site.lowerBound {
            return SpeakerPhrase(kind: .pronoun(gender), tokens: end..<(end + 1))
        }
        guard context.tokens[end].isPossessive, end - 1 >= site.lowerBound,
            let owner = SpeakerPhraseReader(context: context).phrase(endingAt: end - 1, from: site.lowerBound),
            owner.kind == .name
        else { return nil }
        return owner
    }
}
