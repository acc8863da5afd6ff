/// Sieve rule: a quoted sentence whose closing comma the writer left out, followed by its
/// cue: `"The caucus is a battle of niches" Grubbs said.`, `"..." said Grubbs.` The adjacent
/// cue rule wants the comma (a bare name after a quoted title is no cue: `"Veep" Louis-Dreyfus
/// ...`), so this rule asks more of the rest: the quotation opens its sentence, and a name or
/// pronoun right after it is the subject of a verb of reporting within a few words.
struct UnpunctuatedCueRule: AttributionRule {
    /// How many words the subject may take before its verb.
    static let reach = 6

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        let quote = context.quotes[site.quote]
        guard !quote.isNested, quote.closeMark != nil, site.openToken == site.lowerBound,
            let last = site.lastContentUnit(in: context), QuoteCharacters.isLetterOrDigit(last)
        else { return nil }
        let start = site.afterToken
        let bound = site.afterBound
        guard start < bound, context.hasCue(in: start..<min(bound, start + Self.reach + 1)) else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        if let verb = context.speechVerb(at: start), verb.traits.contains(.inverts), verb.form == .past || verb.form == .present {
            guard let speaker = reader.inverted(after: start, to: bound), speaker.kind == .name else { return nil }
            return Cue(verbTokens: start..<(start + 1), speaker: speaker)
        }
        guard reader.isNamePart(start) || reader.pronoun(at: start) != nil else { return nil }
        for verb in (start + 1)..<min(bound, start + Self.reach + 1) {
            if context.tokens[verb].kind == .punctuation { return nil }
            guard let found = context.speechVerb(at: verb), found.traits.contains(.speech),
                found.form == .past || found.form == .present
            else { continue }
            guard let subject = reader.subject(before: verb, from: start), subject.tokens.lowerBound == start,
                subject.kind == .name || reader.pronoun(at: start) != nil
            else { return nil }
            return Cue(verbTokens: verb..<(verb + 1), speaker: subject)
        }
        return nil
    }
}
