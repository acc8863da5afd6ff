/// Sieve rule 3: the quotation sits inside a reported clause whose verb comes earlier in the
/// sentence (`Tillerson said he was looking forward to "an open, candid, frank exchange"`,
/// `Lavrov said Russia had seen no proof for the "slanderous" accusation`) or whose cue
/// closes the sentence (`... a "productive" meeting, Tillerson said.`, `..., according to Tass`).
struct ReportingClauseRule: AttributionRule {
    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        preceding(site, context) ?? trailing(site, context)
    }

    private func preceding(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        var index = site.openToken - 1
        var nested: Cue?
        while index >= site.lowerBound {
            if context.isPunctuation(index, WordSets.semicolon) { return nested }
            if context.isAccordingTo(index), let speaker = reader.inverted(after: index + 1, to: site.openToken) {
                return Cue(verbTokens: index..<(index + 2), speaker: speaker)
            }
            if let cue = parentheticalCue(at: index, site, context, reader) { return cue }
            if let verb = context.speechVerb(at: index), verb.traits.contains(.speech), verb.form == .participle,
                !AdjacentCueRule().isProgressive(index, context),
                let speaker = reader.participleSpeaker(index, from: site.lowerBound)
            {
                return Cue(verbTokens: index..<(index + 1), speaker: speaker)
            }
            if let verb = context.speechVerb(at: index), verb.traits.contains(.speech), !verb.traits.contains(.manner),
                verb.form != .participle || AdjacentCueRule().isProgressive(index, context),
                let speaker = reader.subject(before: index, from: site.lowerBound),
                speaker.kind != .descriptive || SpeakerWords.roleNouns.contains(context.lower(speaker.tokens.upperBound - 1))
            {
                let cue = Cue(verbTokens: index..<(index + 1), speaker: speaker)
                // `Mr. Obama said it would tell "..."`: a report nested in another is the
                // outer speaker's when its own subject is only `it`.
                guard isIt(speaker, context) else { return cue }
                // Else `it` is the organisation the sentence opens with.
                if nested == nil {
                    nested = Cue(verbTokens: cue.verbTokens, speaker: reader.antecedent(ofIt: speaker, from: site.lowerBound))
                }
            }
            index -= 1
        }
        return nested
    }

    /// `The paradox of Reagan, says Jo Hale, a historian, is that she was "..."`, `But, said
    /// Lee, "..."`: an inverted cue set off by commas names its speaker after the verb, never
    /// the words before it.
    private func parentheticalCue(
        at index: Int, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader
    ) -> Cue? {
        guard index > site.lowerBound, context.tokens[index - 1].text == ",", let verb = context.speechVerb(at: index),
            verb.traits.contains(.inverts), verb.form == .past || verb.form == .present,
            let speaker = reader.inverted(after: index, to: site.openToken), speaker.kind == .name,
            speaker.tokens.upperBound < site.openToken, context.tokens[speaker.tokens.upperBound].text == ","
        else { return nil }
        return Cue(verbTokens: index..<(index + 1), speaker: speaker)
    }

    private func isIt(_ speaker: SpeakerPhrase, _ context: AttributionContext) -> Bool {
        speaker.kind == .pluralPronoun && context.lower(speaker.tokens.lowerBound) == "it"
    }

    private func trailing(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        var index = site.afterToken
        while index < site.upperBound {
            if context.isQuoteMark(index) || context.isPunctuation(index, WordSets.semicolon) { return nil }
            if context.tokens[index].text == ",", index + 1 < site.upperBound {
                let start = index + 1
                if context.isAccordingTo(start), let speaker = reader.inverted(after: start + 1, to: site.upperBound) {
                    return Cue(verbTokens: start..<(start + 2), speaker: speaker)
                }
                if let verb = context.speechVerb(at: start), verb.traits.contains(.inverts), verb.form == .past || verb.form == .present,
                    let speaker = reader.inverted(after: start, to: site.upperBound)
                {
                    return Cue(verbTokens: start..<(start + 1), speaker: speaker)
                }
                if let cue = subjectThenVerb(from: start, site, context, reader) { return cue }
            }
            index += 1
        }
        return nil
    }

    /// `, Tillerson said.` closing the sentence: the verb within a few tokens, nothing but
    /// a short tail (`in a statement`, `on Tuesday`) after it.
    private func subjectThenVerb(
        from start: Int, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader
    ) -> Cue? {
        for verb in start..<min(site.upperBound, start + 8) {
            if context.tokens[verb].kind == .punctuation, verb > start { break }
            guard let found = context.speechVerb(at: verb), found.traits.contains(.speech),
                found.form == .past || found.form == .present
            else { continue }
            guard let speaker = reader.subject(before: verb, from: start), speaker.tokens.lowerBound == start else {
                return nil
            }
            return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
        }
        return nil
    }
}
