/// Sieve rule 1: a cue right beside the quotation in its sentence: `"...," Tillerson said`,
/// `"...," said Tillerson`, `"...," according to Tass`, `Lavrov said "..."`,
/// `Tillerson said: "..."`, `McCaskill scolded him: "..."`, `recalled, "..."`.
struct AdjacentCueRule: AttributionRule {
    /// What may end a quotation that a following cue attributes: `"...,"`, `"...?"`, `"...—"`.
    static let separators: Set<String> = [",", "—", "--", "–", "-", "―"]
    static let signatureDashes: Set<String> = ["—", "--", "–", "―"]
    static let clauseEndingUnits: Set<UInt16> = [0x2C, 0x3F, 0x21, 0x2014, 0x2013, 0x2D, 0x2026, 0x2E, 0x3B]

    func cue(for site: QuoteSite, in context: AttributionContext) -> Cue? {
        after(site, context) ?? before(site, context) ?? signature(site, context) ?? beside(site, context)
    }

    private func after(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        if isInsideOpeningClause(site, context) { return nil }
        var index = site.afterToken
        let bound = site.afterBound
        let endsClause = site.lastContentUnit(in: context).map(Self.clauseEndingUnits.contains) ?? false
        var sawSeparator = false
        while index < bound, context.isPunctuation(index, Self.separators) {
            index += 1
            sawSeparator = true
            if index < bound, Self.isStrayClosingMark(index, context) { index += 1 }
        }
        guard index < bound else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        // `"..." ― Pamela Padilla`: a dash and a name sign the quotation.
        if sawSeparator, context.isPunctuation(index - 1, Self.signatureDashes), reader.isNamePart(index),
            let name = reader.inverted(after: index - 1, to: bound), name.kind == .name,
            name.tokens.upperBound >= bound || context.tokens[name.tokens.upperBound].kind == .punctuation
        {
            return Cue(verbTokens: (index - 1)..<index, speaker: name)
        }
        // `"The caucus is a battle of niches" Grubbs said.`: a writer may drop the comma after
        // a whole sentence quoted at the start of its own; a fragment still needs one.
        let first = site.firstInside(context)  // past both marks of the NYT's `''`
        let wholeSentence = site.openToken == site.lowerBound && first < site.afterToken && context.tokens[first].isCapitalized
        guard endsClause || sawSeparator || wholeSentence else { return nil }
        if context.isAccordingTo(index), let speaker = reader.inverted(after: index + 1, to: bound) {
            return Cue(verbTokens: index..<(index + 2), speaker: speaker)
        }
        if let verb = context.speechVerb(at: index), verb.traits.contains(.inverts), verb.form == .past || verb.form == .present,
            let speaker = reader.inverted(after: index, to: bound)
        {
            return Cue(verbTokens: index..<(index + 1), speaker: speaker)
        }
        if let cue = invertedPast(at: index, to: bound, context, reader) { return cue }
        guard let cue = subjectThenVerb(from: index, to: bound, context, reader) else { return nil }
        if !sawSeparator, site.lastContentUnit(in: context) == 0x2E, opensNextStatement(after: cue, context) { return nil }
        return cue
    }

    /// `"We are refugees." Mr. Zahed said: "The attack ..."`, `"... no place in a
    /// campaign." Jo Hale said he would have fired him`: after a quotation closed by its full
    /// stop (no comma), a verb that goes on to a colon, `that` or a clause of its own opens the
    /// next statement; it does not sign the one before.
    private func opensNextStatement(after cue: Cue, _ context: AttributionContext) -> Bool {
        let next = cue.verbTokens.upperBound
        guard next < context.tokens.count else { return false }
        if context.isMark(next, 0x3A) || context.isWord(next, in: WordSets.that) { return true }
        return context.isWord(next, in: WordSets.heSheTheyEtc) && next + 1 < context.tokens.count
            && context.tokens[next + 1].kind == .word
    }

    /// `"...," warned Clinton.`, `"...," stated Jo Hale, a historian.`, `"...," agrees Jo
    /// Hale, 30, of Ocala.`: any verb of saying in the past or present tense may invert when a name follows it and closes the clause. (A verb
    /// that rarely inverts is more often a passive participle, `the deal, announced Monday`,
    /// hence the name and the clause end, and no day or month as the name.)
    private func invertedPast(at index: Int, to bound: Int, _ context: AttributionContext, _ reader: SpeakerPhraseReader)
        -> Cue?
    {
        guard let verb = context.speechVerb(at: index), verb.traits.contains(.speech), verb.form == .past || verb.form == .present,
            let speaker = reader.inverted(after: index, to: bound), speaker.kind == .name,
            let name = speaker.nameTokens, !name.contains(where: { context.isWord($0, in: Self.calendarWords) })
        else { return nil }
        let end = speaker.tokens.upperBound
        guard end >= bound || context.isPunctuation(end, [",", ".", "(", ";", "!", "?"]) else { return nil }
        return Cue(verbTokens: index..<(index + 1), speaker: speaker)
    }

    static let calendarWords = WordClass(Set(CalendarNames.weekdays + CalendarNames.months))

    /// `Tillerson said`, `Scott Pruitt, the attorney general of Oklahoma, said`, `White House
    /// press secretary Josh Earnest said`: a subject starting right after the quotation.
    func subjectThenVerb(from index: Int, to bound: Int, _ context: AttributionContext, _ reader: SpeakerPhraseReader)
        -> Cue?
    {
        var verb = index + 1
        while verb < min(bound, index + 40) {
            if context.isMark(verb, 0x28),
                let close = (verb..<min(bound, verb + 12)).first(where: { context.isMark($0, 0x29) })
            {
                verb = close + 1
                continue
            }
            // `"...," Bill Lee, wearing "Cruz" pins, said`: a term inside the apposition.
            if context.isQuoteMark(verb), (index..<verb).contains(where: { context.isMark($0, 0x2C) }),
                let end = context.termEnd(openingAt: verb)
            {
                verb = end
                continue
            }
            if context.isQuoteMark(verb) || context.isClauseEnd(verb) { return nil }
            guard let found = context.speechVerb(at: verb), found.traits.contains(.speech),
                found.form == .past || found.form == .present
            else {
                verb += 1
                continue
            }
            let backward = reader.subject(before: verb, from: index)
            if let backward, backward.tokens.lowerBound == index { return Cue(verbTokens: verb..<(verb + 1), speaker: backward) }
            let forward = reader.inverted(after: index - 1, to: verb)
            let forwardFits = forward.map { reader.isAttributiveGap(from: $0.tokens.upperBound, to: verb) } ?? false
            if let forward, forwardFits, forward.kind == .name || backward?.kind != .name {
                return Cue(verbTokens: verb..<(verb + 1), speaker: forward)
            }
            // `White House press secretary Josh Earnest said`: only title words before the name;
            // `"...," when Clinton blasted him` opens a new clause, not a title.
            if let backward, backward.kind == .name,
                (index..<backward.tokens.lowerBound).allSatisfy({ isTitleWord($0, context) || isInsideTitle($0, from: index, context) })
            {
                return Cue(verbTokens: verb..<(verb + 1), speaker: backward)
            }
            if let forward, forwardFits { return Cue(verbTokens: verb..<(verb + 1), speaker: forward) }
            verb += 1
        }
        return nil
    }

    /// A word that may stand in a title before a name: not punctuation, a clause link or a verb.
    /// `"...," CBS This Morning co-anchor Jo Hale said`: a capitalized function
    /// word inside a program's or outlet's name (after a capitalized word), and the hyphen
    /// of a word like `co-host` (no space either side), belong to the title too.
    private func isInsideTitle(_ index: Int, from start: Int, _ context: AttributionContext) -> Bool {
        guard index > start else { return false }
        let token = context.tokens[index]
        if token.kind == .word {
            return token.isCapitalized && context.tokens[index - 1].kind == .word && context.tokens[index - 1].isCapitalized
                && context.isWord(index, in: SpeakerWords.capitalizedFunctionWords)
        }
        guard context.isMark(index, 0x2D), index + 1 < context.tokens.count else { return false }
        return context.tokens[index - 1].span.end == token.span.start && token.span.end == context.tokens[index + 1].span.start
    }

    private func isTitleWord(_ index: Int, _ context: AttributionContext) -> Bool {
        context.tokens[index].kind == .word && !context.isWord(index, in: SpeakerWords.stops)
            && !context.isWord(index, in: SpeakerWords.capitalizedFunctionWords) && !context.isVerbBeforeTitle(index)
    }

    private func before(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        var index = site.openToken - 1
        var sawColon = false
        while index >= site.lowerBound, context.isPunctuation(index, WordSets.commaColonEmDashEtc) {
            if context.isMark(index, 0x3A) { sawColon = true }
            index -= 1
        }
        guard index >= site.lowerBound else { return nil }
        let reader = SpeakerPhraseReader(context: context)
        // `Said Ellis: "..."`: an inverted cue opening the sentence.
        if sawColon, let opener = sentenceOpeningVerb(site, before: index, context),
            let speaker = reader.inverted(after: opener, to: index + 1)
        {
            return Cue(verbTokens: opener..<(opener + 1), speaker: speaker)
        }
        // With a colon the verb may have a listener first: `told reporters:`, `scolded him:`.
        let reach = sawColon ? 4 : 0
        for verb in stride(from: index, through: max(site.lowerBound, index - reach), by: -1) {
            // `Pollsters agree - Carl Bialik: "..."`: a dash ends the clause of the verb
            // before it; the name after it is the speaker (`ColonCueRule`).
            if context.isQuoteMark(verb) || (sawColon && context.isPunctuation(verb, ColonCueRule.dashes)) { break }
            guard let found = context.speechVerb(at: verb), found.traits.contains(.speech) else { continue }
            if found.form == .participle, !isProgressive(verb, context) {
                if let speaker = reader.participleSpeaker(verb, from: site.lowerBound) {
                    return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
                }
                continue
            }
            if let speaker = reader.subject(before: verb, from: site.lowerBound) {
                return Cue(verbTokens: verb..<(verb + 1), speaker: reader.antecedent(ofIt: speaker, from: site.lowerBound))
            }
        }
        return nil
    }

    private func sentenceOpeningVerb(_ site: QuoteSite, before index: Int, _ context: AttributionContext) -> Int? {
        let first = site.lowerBound
        guard first < index, index - first <= 5, context.tokens[first].isCapitalized,
            let verb = SpeechVerbLexicon.shared[context.lower(first)], verb.traits.contains(.inverts)
        else { return nil }
        return first
    }

    /// `is saying`, `was telling`, `has been telling`, `is now claiming`: a participle that is
    /// the sentence's verb.
    func isProgressive(_ verb: Int, _ context: AttributionContext) -> Bool {
        SpeakerPhraseReader(context: context).isProgressive(verb)
    }
}
