/// Sieve rule 1: a cue right beside the quotation in its sentence: `"...," Tillerson said`,
/// `"...," said Tillerson`, `"...," according to Tass`, `Lavrov said "..."`,
/// `Tillerson said: "..."`, `McCaskill scolded him: "..."`, `recalled, "..."`.
struct AdjacentCueRule: AttributionRule {
    /// What may end a quotation that a following cue attributes: `"...,"`, `"...?"`, `"...—"`.
    static let clauseEndingUnits: Set<UInt16> = [0x2C, 0x3F, 0x21, 0x2014, 0x2013, 0x2D, 0x2026, 0x2E, 0x3B]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        after(site, context) ?? before(site, context)
    }

    private func after(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var index = site.afterToken
        let endsClause = site.lastContentUnit(in: context).map(Self.clauseEndingUnits.contains) ?? false
        var sawSeparator = false
        while index < site.upperBound, context.isPunctuation(index, [",", "—", "--", "–", "-"]) {
            index += 1
            sawSeparator = true
        }
        guard endsClause || sawSeparator, index < site.upperBound else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        if context.isAccordingTo(index), let speaker = reader.inverted(after: index + 1, to: site.upperBound) {
            return Cue(verbTokens: index..<(index + 2), speaker: speaker)
        }
        if let verb = context.speechVerb(at: index), verb.traits.contains(.speech), verb.form != .participle,
            let speaker = reader.inverted(after: index, to: site.upperBound)
        {
            return Cue(verbTokens: index..<(index + 1), speaker: speaker)
        }
        // `Tillerson said`, `Douglas Brinkley, a historian, said`: the subject starts right here.
        var verb = index + 1
        while verb < min(site.upperBound, index + 14) {
            if context.isQuoteMark(verb) || context.isPunctuation(verb, AttributionContext.clauseEnds) { break }
            if let found = context.speechVerb(at: verb), found.traits.contains(.speech), found.form != .participle,
                let speaker = reader.subject(before: verb, from: index), speaker.tokens.lowerBound == index
            {
                return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
            }
            verb += 1
        }
        return nil
    }

    private func before(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var index = site.openToken - 1
        var sawColon = false
        while index >= site.lowerBound, context.isPunctuation(index, [",", ":", "—", "--", "–"]) {
            if context.tokens[index].text == ":" { sawColon = true }
            index -= 1
        }
        guard index >= site.lowerBound else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        // With a colon the verb may have a listener first: `told reporters:`, `scolded him:`.
        let reach = sawColon ? 4 : 0
        for verb in stride(from: index, through: max(site.lowerBound, index - reach), by: -1) {
            if context.isQuoteMark(verb) { break }
            guard let found = context.speechVerb(at: verb), found.traits.contains(.speech) else { continue }
            if found.form == .participle, !isProgressive(verb, context) { continue }
            if let speaker = reader.subject(before: verb, from: site.lowerBound) {
                return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
            }
        }
        return nil
    }

    /// `is saying`, `was telling`: a participle that is the sentence's verb.
    func isProgressive(_ verb: Int, _ context: AttributionContext) -> Bool {
        verb > 0 && context.isWord(verb - 1, in: ["is", "was", "are", "were", "been"])
    }
}
