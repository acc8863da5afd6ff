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
        let openingClauseEnd = openingSubordinateClauseEnd(site, context)
        while index >= site.lowerBound {
            if context.isPunctuation(index, WordSets.semicolon) { return nested }
            // `After Brown criticized Bill Clinton during a debate, Hillary shot back, "..."`:
            // a verb inside an opening subordinate clause reports someone else's words.
            if index == openingClauseEnd { return nested }
            // `"We are calling," said Jo Hale, "and ..."`: a verb inside an earlier quotation
            // is its speaker's word, no cue: read on before that quotation.
            if context.isQuoteMark(index), let earlier = quotation(closingAt: index, before: site.quote, context) {
                index = context.tokenIndex(atOrAfter: earlier.openMark.start) - 1
                continue
            }
            // `Pence blamed the media for Trump's claim that Obama "founded ISIS"`: the words
            // are the claim's, and its owner's (`NominalCueRule`), not the outer speaker's.
            // (`Rubio's claim that Cruz is ... is "simply not true"`: the claim ended before the quote.)
            if context.isWord(index, in: SpeakerWords.messageNouns), context.isWord(index + 1, in: WordSets.that),
                index - 1 >= site.lowerBound,
                context.tokens[index - 1].isPossessive || SpeakerPhraseReader.possessivePronouns[context.lower(index - 1)] != nil,
                !((index + 2)..<site.openToken).contains(where: { context.isWord($0, in: WordSets.isWasAreEtc) })
            {
                return nested
            }
            if context.isAccordingTo(index), let speaker = reader.inverted(after: index + 1, to: site.openToken) {
                return Cue(verbTokens: index..<(index + 2), speaker: speaker)
            }
            if let cue = parentheticalCue(at: index, site, context, reader) { return cue }
            if isOtherSense(index, context) {
                index -= 1
                continue
            }
            if let verb = context.speechVerb(at: index), verb.traits.contains(.speech), verb.form == .participle,
                !AdjacentCueRule().isProgressive(index, context),
                let speaker = reader.participleSpeaker(index, from: site.lowerBound)
            {
                return Cue(verbTokens: index..<(index + 1), speaker: speaker)
            }
            if let verb = context.speechVerb(at: index), verb.traits.contains(.speech),
                !verb.traits.contains(.manner) || opensThatClause(after: index, site, context),
                verb.form != .participle || AdjacentCueRule().isProgressive(index, context),
                // `Minnesota state delegate`, `a Trump-style retort`: a base form right after a
                // name is a noun, not the name's verb (that would be `states`, `retorts`).
                verb.form != .base || !(index > site.lowerBound && context.tokens[index - 1].isCapitalized),
                let speaker = reader.subject(before: index, from: site.lowerBound),
                speaker.kind != .descriptive || SpeakerWords.roleNouns.contains(context.lower(speaker.tokens.upperBound - 1))
            {
                if cuesEarlierQuotation(verb: index, speaker: speaker, site, context) { return nested }
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
        guard index > site.lowerBound, context.isMark(index - 1, 0x2C), let verb = context.speechVerb(at: index),
            verb.traits.contains(.inverts), verb.form == .past || verb.form == .present,
            let speaker = reader.inverted(after: index, to: site.openToken), speaker.kind == .name,
            speaker.tokens.upperBound < site.openToken, context.isMark(speaker.tokens.upperBound, 0x2C)
        else { return nil }
        return Cue(verbTokens: index..<(index + 1), speaker: speaker)
    }

    /// The quotation before quote `index` whose closing mark is the token at `mark`.
    private func quotation(closingAt mark: Int, before index: Int, _ context: AttributionContext) -> QuotedSpan? {
        let start = context.tokens[mark].span.start
        return context.quotes[..<index].last { $0.closeMark.map { $0.start <= start && start < $0.end } ?? false }
    }

    /// The comma closing a subordinate clause that opens the sentence (`After ...,`, `When
    /// ...,`), or nil. `As X said, "..."` is a cue, so `as` opens no such clause here.
    private func openingSubordinateClauseEnd(_ site: QuoteSite, _ context: AttributionContext) -> Int? {
        guard context.quotes[site.quote].parent == nil, context.isWord(site.lowerBound, in: Self.subordinators) else { return nil }
        return (site.lowerBound..<site.openToken).first { context.isMark($0, 0x2C) }
    }

    static let subordinators: Set<String> = [
        "after", "when", "while", "before", "since", "because", "although", "though", "once", "until", "if", "unless",
        "whereas", "whenever",
    ]

    private func isIt(_ speaker: SpeakerPhrase, _ context: AttributionContext) -> Bool {
        speaker.kind == .pluralPronoun && context.lower(speaker.tokens.lowerBound) == "it"
    }

    private func trailing(_ site: QuoteSite, _ context: AttributionContext) -> Cue? {
        let reader = SpeakerPhraseReader(context: context)
        var index = site.afterToken
        // `The board is "a closed shop," as Dana Pike noted.`: the comma before `as` sits
        // inside the closing mark.
        if index < site.upperBound, context.isWord(index, in: WordSets.asWord), endsInComma(before: index, context),
            let cue = cue(afterComma: index, site, context, reader)
        {
            return cue
        }
        while index < site.upperBound {
            // `will carry "a great deal of weight" and bring the "grass-roots firepower" they
            // need, Jo Hale said.`: a later term in the clause does not hide its cue.
            if context.isQuoteMark(index), let skip = laterTermEnd(openingAt: index, after: site.quote, context) {
                // `"fixing old boats" and "certain kinds of rope," he said`: the comma before
                // the cue sits inside the later term's marks.
                if skip < site.upperBound, endsInComma(before: skip, context), opensInLowerCase(site, context),
                    let cue = cue(afterComma: skip, site, context, reader), closesClause(after: cue, site, context)
                {
                    return cue
                }
                index = skip
                continue
            }
            if context.isQuoteMark(index) || context.isPunctuation(index, WordSets.semicolon) { return nil }
            if context.isMark(index, 0x2C), index + 1 < site.upperBound, let cue = cue(afterComma: index + 1, site, context, reader) {
                return cue
            }
            index += 1
        }
        return nil
    }

    /// Whether a comma stands just inside the closing mark that ends before `after` (`rope,"`,
    /// `rope,''`, whose two apostrophes are two tokens).
    private func endsInComma(before after: Int, _ context: AttributionContext) -> Bool {
        var index = after - 1
        while index > 0, context.isQuoteMark(index) { index -= 1 }
        return index < after - 1 && context.isMark(index, 0x2C)
    }

    /// A fragment, not a title or a sentence (`"The Open Harbor" was a "hit," Lee said`).
    private func opensInLowerCase(_ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let first = context.tokenIndex(atOrAfter: context.quotes[site.quote].content.start)  // `''` is two tokens
        return first < site.afterToken && context.tokens[first].kind == .word && !context.tokens[first].isCapitalized
    }

    /// The cue's verb ends its clause (`he said,`, `Lee said.`), so `..., Melanie said yes`
    /// answers someone, it does not report the words.
    private func closesClause(after cue: Cue, _ site: QuoteSite, _ context: AttributionContext) -> Bool {
        let next = max(cue.verbTokens.upperBound, cue.speaker.tokens.upperBound)
        return next >= site.upperBound || context.isMark(next, 0x2C) || context.isClauseEnd(next)
    }

    /// The cue a comma before `start` sets off: `according to X`, `said X`, `X said`.
    private func cue(afterComma start: Int, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader) -> Cue? {
        if context.isAccordingTo(start), let speaker = reader.inverted(after: start + 1, to: site.upperBound) {
            return Cue(verbTokens: start..<(start + 2), speaker: speaker)
        }
        if let verb = context.speechVerb(at: start), verb.traits.contains(.inverts), verb.form == .past || verb.form == .present,
            let speaker = reader.inverted(after: start, to: site.upperBound)
        {
            return Cue(verbTokens: start..<(start + 1), speaker: speaker)
        }
        // `The board is "a closed shop," as Dana Pike noted.`: `as` opens the same cue.
        if context.isWord(start, in: WordSets.asWord), start + 1 < site.upperBound,
            let cue = subjectThenVerb(from: start + 1, site, context, reader), cue.speaker.kind != .descriptive
        {
            return cue
        }
        return subjectThenVerb(from: start, site, context, reader)
    }

    /// `, Tillerson said.` closing the sentence: the verb within a few tokens, nothing but
    /// a short tail (`in a statement`, `on Tuesday`) after it.
    private func subjectThenVerb(
        from start: Int, _ site: QuoteSite, _ context: AttributionContext, _ reader: SpeakerPhraseReader
    ) -> Cue? {
        // `, Steve Doocy, the host, said.`: a name opening the cue may carry an apposition
        // between commas (two at most); the verb then follows the closing comma.
        let nameFirst = context.tokens[start].kind == .word && context.tokens[start].isCapitalized
        var commas = 0
        for verb in start..<min(site.upperBound, start + 18) {
            if commas == 0, verb >= start + 10 { break }
            if context.tokens[verb].kind == .punctuation, verb > start {
                guard nameFirst, commas < 2, context.isMark(verb, 0x2C) else { break }
                commas += 1
                continue
            }
            guard let found = context.speechVerb(at: verb), found.traits.contains(.speech),
                found.form == .past || found.form == .present
            else { continue }
            if commas > 0 {
                guard context.isMark(verb - 1, 0x2C), let speaker = reader.subject(before: verb, from: start),
                    speaker.kind == .name, speaker.tokens.lowerBound == start
                else { return nil }
                return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
            }
            // `, DFA spokesman Neil Sroka said.`: only a role's words before the name, after an
            // article at most (`, as the host Steve Doocy said in April`).
            let roles = context.isWord(start, in: WordSets.articles) ? start + 1 : start
            guard let speaker = reader.subject(before: verb, from: start),
                speaker.tokens.lowerBound == start || speaker.kind == .name && isRole(roles..<speaker.tokens.lowerBound, context)
            else {
                return nil
            }
            return Cue(verbTokens: verb..<(verb + 1), speaker: speaker)
        }
        return nil
    }

    /// The token after a later quotation opening at `mark` that is a fragment (it opens in
    /// lower case), or nil.
    private func laterTermEnd(openingAt mark: Int, after index: Int, _ context: AttributionContext) -> Int? {
        let start = context.tokens[mark].span.start
        var later = index + 1
        while later < context.quotes.count, context.quotes[later].openMark.start < start { later += 1 }
        guard later < context.quotes.count, context.quotes[later].openMark.start == start, !context.quotes[later].isNested,
            let close = context.quotes[later].closeMark
        else { return nil }
        // The first token inside the marks (`''` is two tokens).
        let first = context.tokenIndex(atOrAfter: context.quotes[later].content.start)
        guard context.tokens.indices.contains(first), context.tokens[first].kind == .word, !context.tokens[first].isCapitalized
        else { return nil }
        return context.tokenIndex(atOrAfter: close.end)
    }


    /// A few words naming a role before a name: no function word, verb or punctuation.
    private func isRole(_ range: Range<Int>, _ context: AttributionContext) -> Bool {
        range.count <= 6
            && range.allSatisfy { index in
                context.tokens[index].kind == .word && !context.isWord(index, in: SpeakerWords.stops)
                    && !context.isWord(index, in: SpeakerWords.capitalizedFunctionWords) && !context.isVerbBeforeTitle(index)
            }
    }
}
