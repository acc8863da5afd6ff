/// Reads the speaker phrase that goes with a verb of reporting: backward for a subject
/// (`Tillerson said`, `Douglas Brinkley, a historian, recalled`), forward for an inverted one
/// (`said Hans Joachim Schellnhuber, the director`). Each read stays inside the bounds it is
/// given and answers nil rather than guess.
struct SpeakerPhraseReader {
    let context: AttributionContext
    private var tokens: [Token] { context.tokens }

    /// The subject of the verb at `verb`, reading no further back than `lowerBound`.
    func subject(before verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
        if verb - 1 > lowerBound, context.isWord(verb - 1, in: WordSets.to) {
            return infinitiveSubject(to: verb - 1, verb: verb, from: lowerBound)
        }
        if isPassive(verb) { return nil }
        var index = verb - 1
        // `Pike has been saying`, `kept insisting`: the subject stands before the auxiliary.
        if let auxiliary = progressiveAuxiliary(before: verb), auxiliary >= lowerBound { index = auxiliary - 1 }
        while index >= lowerBound, isSkippable(index) { index -= 1 }
        // `Trump on Tuesday said`, `Priebus later Thursday told`: a time phrase, then the subject.
        index = timePhraseStart(endingAt: index, from: lowerBound) - 1
        while index >= lowerBound, isSkippable(index) { index -= 1 }
        // `Obama in an interview said`: a phrase setting the statement, then the subject.
        let inserted = insertedPhraseStart(endingAt: index, from: lowerBound)
        if inserted <= index {
            index = timePhraseStart(endingAt: inserted - 1, from: lowerBound) - 1
            while index >= lowerBound, isSkippable(index) { index -= 1 }
        }
        guard index >= lowerBound else { return nil }
        if context.isMark(index, 0x29) {
            guard let open = (max(lowerBound, index - 10)..<index).last(where: { context.isMark($0, 0x28) }) else {
                return nil
            }
            index = open - 1
            guard index >= lowerBound else { return nil }
        }
        if isSegmentBreak(index) { return apposition(endingAt: index, from: lowerBound) }
        // `As Ken Ortiz, author of "The Open Harbor," put it`: a title closing the apposition
        // holds its comma inside the marks; the apposition ends at the title's closing mark.
        if let open = context.termStart(closingAt: index), open > lowerBound, endsInComma(closingMarkAt: index, after: open) {
            return apposition(endingAt: index, from: lowerBound, readingBackFrom: open - 1)
        }
        // `Trump bemoaned the unrest and said ...`: a coordinated verb shares the sentence's subject.
        if context.isWord(index, in: WordSets.andBut) {
            return coordinatedSubject(before: index, from: lowerBound) ?? sentenceSubject(from: lowerBound, before: index)
        }
        // `Trump, who says ...`: the relative pronoun stands for the name before it.
        if context.isWord(index, in: WordSets.who), index - 2 >= lowerBound, context.isMark(index - 1, 0x2C),
            let antecedent = phrase(endingAt: index - 2, from: lowerBound), antecedent.kind == .name
        {
            return antecedent
        }
        guard let found = phrase(endingAt: index, from: lowerBound) else { return nil }
        return unclosedApposition(before: found, from: lowerBound) ?? personBefore(institution: found, from: lowerBound)
            ?? personBefore(hometown: found, from: lowerBound) ?? found
    }

    /// `Sam Lau, the communications director for the Iowa Democratic Party said`: an
    /// apposition whose closing comma was left out; the name after `for`, `of` or `at` is its
    /// object, and the speaker is the name before the apposition.
    private func unclosedApposition(before found: SpeakerPhrase, from lowerBound: Int) -> SpeakerPhrase? {
        let start = found.tokens.lowerBound
        let article = context.isWord(start - 1, in: WordSets.the) ? 1 : 0
        guard found.kind == .name, context.isWord(start - 1 - article, in: WordSets.forOfAtEtc),
            let comma = (max(lowerBound, start - 12)..<start).last(where: { context.isMark($0, 0x2C) }),
            context.isWord(comma + 1, in: SpeakerWords.determiners),
            !((comma + 1)..<start).contains(where: { tokens[$0].kind == .punctuation || context.speechVerb(at: $0) != nil }),
            let head = apposition(endingAt: comma, from: lowerBound), head.kind == .name
        else { return nil }
        return head
    }

    /// `Name, a description, said` or `A description, Name, said`: the leftmost name that
    /// opens a comma-separated segment is the speaker (`Donna Sampson Rawlings, 59, of
    /// Ashton, Md., who watched the ceremony, said` gives Donna Sampson Rawlings). `first`, when
    /// given, is where reading back starts (before a title whose marks hold the closing comma).
    private func apposition(endingAt comma: Int, from lowerBound: Int, readingBackFrom first: Int? = nil) -> SpeakerPhrase? {
        var best: SpeakerPhrase?
        var segmentEnd = comma
        var index = first ?? comma - 1
        var commas = 0
        // Whether a `)` was passed reading back: the `(` that opens it starts no aside.
        var closed = false
        while index >= lowerBound - 1, comma - index < 45 {
            let atStart = index < lowerBound
            var opensAside = false
            if !atStart, context.isMark(index, 0x29) { closed = true }  // )
            if !atStart, context.isMark(index, 0x28) {  // (
                opensAside = !closed
                closed = false
            }
            if atStart || isSegmentBreak(index) {
                // `Rep. Jo Hale (D-Md.), chair of the panel, said`: the name before the parenthesis.
                let last = nameEnd(beforeParenthesisAt: segmentEnd - 1, from: index + 1)
                if last > index, let head = phrase(endingAt: last, from: index + 1), head.kind == .name,
                    headsSegment(head, at: index + 1) || followsSubordinator(head),
                    !isDateline(head, before: segmentEnd),
                    !isStateAbbreviation(head)
                {
                    best = widenedToCoordination(head, at: index + 1)
                }
                if atStart { break }
                segmentEnd = index
                commas += 1
                if commas > 5 { break }
            } else if context.isQuoteMark(index) || context.isClauseEnd(index) || opensAside {
                // `(Jo Hale, who coined the word, once said, "...")`: an aside left open before
                // the verb opens a segment; `Rep. Jo Hale (D-Md.), ...` closes its own.
                let last = nameEnd(beforeParenthesisAt: segmentEnd - 1, from: index + 1)
                if last > index, let head = phrase(endingAt: last, from: index + 1), head.kind == .name,
                    headsSegment(head, at: index + 1)
                {
                    best = widenedToCoordination(head, at: index + 1)
                }
                // `Sam Hale, a contestant on the show "The Apprentice," who ..., said`: a title
                // inside the apposition belongs to it; read on before it.
                if index > lowerBound, let open = context.termStart(closingAt: index), open > lowerBound {
                    index = open - 1
                    continue
                }
                break
            }
            index -= 1
        }
        guard var result = best else { return nil }
        result.tokens = result.tokens.lowerBound..<comma
        return result
    }

    /// Whether the comma sits just inside the closing mark at `mark` (`Harbor,"`, `Harbor,''`,
    /// whose two apostrophes are two tokens).
    private func endsInComma(closingMarkAt mark: Int, after open: Int) -> Bool {
        var index = mark - 1
        while index > open, context.isQuoteMark(index) { index -= 1 }
        return index > open && context.isMark(index, 0x2C)
    }

    /// The token a segment's name ends at: `end` itself, or the one before a parenthesis
    /// closing there (`Rep. Jo Hale (D-Md.)`).
    private func nameEnd(beforeParenthesisAt end: Int, from lowerBound: Int) -> Int {
        guard end >= lowerBound, context.isMark(end, 0x29),  // )
            let open = (max(lowerBound, end - 10)..<end).last(where: { context.isMark($0, 0x28) })  // (
        else { return end }
        return open - 1
    }

    /// `WASHINGTON -- President Obama, ...`: a capitalized place before a dash opening the
    /// article is its dateline, not a speaker.
    private func isDateline(_ head: SpeakerPhrase, before mark: Int) -> Bool {
        !context.isMark(mark, 0x2C) && head.tokens.allSatisfy { tokens[$0].isAllCaps }
    }

    /// A name opens its segment when nothing but function words stands before it there.
    /// (`Democratic nominee Hillary Clinton, at a press gaggle, said`: titles may precede it).
    func opensSegment(_ phrase: SpeakerPhrase, at segmentStart: Int) -> Bool {
        // `On Tuesday Dana Pike, in Ohio, said`: the opening phrase's comma left out.
        if opensClauseAfterOpeningPhrase(phrase.tokens.lowerBound, at: segmentStart) { return true }
        // `Of Carson, Levine said`, `After the debate, Lee said`: an adverbial segment.
        if segmentStart < phrase.tokens.lowerBound, context.isWord(segmentStart, in: SpeakerWords.adverbialOpeners) {
            return false
        }
        if opensWithParticiple(segmentStart, before: phrase.tokens.lowerBound) { return false }
        // `81-year-old Jo Hale, a farmer who ..., said`: an age before the name is no part of
        // the segment's words (its hyphen is no word).
        let words = min(phrase.tokens.lowerBound, segmentStart + ageLength(at: segmentStart, before: phrase.tokens.upperBound))
        return (words..<phrase.tokens.lowerBound).allSatisfy { index in
            context.isWord(index, in: SpeakerWords.clauseOpeners)
                || (context.tokens[index].kind == .word && !context.isWord(index, in: SpeakerWords.stops)
                    && (!context.isVerbBeforeTitle(index) || isNounAfterName(index)))
        }
    }

    /// `The issue came up after Mr. Trump, asked about it, had said, "..."`: a name right
    /// after a subordinating link is its clause's subject, whatever the main clause before.
    private func followsSubordinator(_ phrase: SpeakerPhrase) -> Bool {
        context.isWord(phrase.tokens.lowerBound - 1, in: ReportingClauseRule.subordinators)
            || context.isWord(phrase.tokens.lowerBound - 1, in: WordSets.asWord)
    }

    /// A comma, or a dash setting off an apposition (`John Dickey, the chief executive of
    /// Ora Media -- the production company ... -- told me`).
    /// `[",", "--", "—", "–"].contains(text)` by the code units: the list was built and its
    /// strings compared on every call. No other text is canonically equal to one of these
    /// (`isMark` covers the comma's rare non-ASCII unit).
    func isSegmentBreak(_ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        let span = tokens[index].span
        switch span.end - span.start {
        case 1:
            let unit = context.units[span.start]
            return unit == 0x2014 || unit == 0x2013 || context.isMark(index, 0x2C)
        case 2:
            return context.units[span.start] == 0x2D && context.units[span.start + 1] == 0x2D
        default:
            return false
        }
    }

    func isSkippable(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        if context.isText(index, in: SpeakerWords.skippable) { return true }
        // `word.hasSuffix("ly") && word.count > 4 && word != "only"`, by the code units for an
        // ASCII word (one character a unit; four letters rule out `only`); the `String` otherwise.
        switch context.textHasSuffix(index, "ly") {
        case false?: return false
        case true?: return context.unitCount(index) > 4
        case nil:
            let word = tokens[index].text
            return word.hasSuffix("ly") && word.count > 4 && word != "only"
        }
    }

    /// The noun phrase that ends at `end`: a pronoun, a name, or a description.
    func phrase(endingAt end: Int, from lowerBound: Int) -> SpeakerPhrase? {
        guard end >= lowerBound, tokens[end].kind == .word else { return nil }
        if let pronoun = pronoun(at: end) { return pronoun }
        if tokens[end].isCapitalized, !tokens[end].isPossessive {
            return nameBackward(endingAt: end, from: lowerBound)
        }
        return descriptionBackward(endingAt: end, from: lowerBound)
    }

    /// Every pronoun `pronoun(at:)` knows: most tokens it is asked about are none, and one
    /// probe rules them out where the three lists took three.
    static let anyPronoun = WordClass(
        SpeakerWords.malePronouns.words.union(SpeakerWords.femalePronouns.words).union(SpeakerWords.otherPronouns.words))

    func pronoun(at index: Int) -> SpeakerPhrase? {
        guard context.isListed(index, in: Self.anyPronoun) else { return nil }
        let kind: SpeakerPhrase.Kind
        if context.isListed(index, in: SpeakerWords.malePronouns) {
            kind = .pronoun(.male)
        } else if context.isListed(index, in: SpeakerWords.femalePronouns) {
            kind = .pronoun(.female)
        } else if context.isListed(index, in: SpeakerWords.otherPronouns) {
            kind = .pluralPronoun
        } else {
            return nil
        }
        return SpeakerPhrase(kind: kind, tokens: index..<(index + 1))
    }

    func nameBackward(endingAt end: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var start = end
        while start - 1 >= lowerBound {
            let previous = start - 1
            if isNamePart(previous) {
                start = previous
            } else if context.isWord(previous, in: SpeakerWords.nameConnectors), previous - 1 >= lowerBound,
                isNamePart(previous - 1)
            {
                start = previous
            } else {
                break
            }
        }
        while start < end, context.isWord(start, in: SpeakerWords.capitalizedFunctionWords) || !isNamePart(start) {
            start += 1
        }
        return namePhrase(start..<(end + 1))
    }

    func isNamePart(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && token.isCapitalized && !token.isPossessive
    }

    /// Builds a name phrase from a run of capitalized words, finding where the name proper
    /// starts after its titles; nil when the run is only function words or dates.
    func namePhrase(_ run: Range<Int>) -> SpeakerPhrase? {
        guard !run.isEmpty else { return nil }
        if run.count == 1, context.isWord(run.lowerBound, in: SpeakerWords.capitalizedFunctionWords) { return nil }
        // `Officials said`, `Analysts say`: a capitalized plural role is a description.
        // The suffix by the code units (the `String` only when they cannot settle it).
        if run.count == 1,
            context.textHasSuffix(run.lowerBound, "s") ?? context.tokens[run.lowerBound].text.hasSuffix("s"),
            context.isWord(run.lowerBound, in: SpeakerWords.roleNouns)
        {
            return SpeakerPhrase(kind: .descriptive, tokens: run)
        }
        var nameStart = run.lowerBound
        var gender: RecognizedEntity.Gender?
        while nameStart < run.upperBound - 1, context.isWord(nameStart, in: SpeakerWords.titles) {
            if context.isListed(nameStart, in: SpeakerWords.maleHonorifics) { gender = .male }
            if context.isListed(nameStart, in: SpeakerWords.femaleHonorifics) { gender = .female }
            nameStart += 1
        }
        // `of` or `for` left at the front of the name belongs to the title (`Secretary of State`).
        while nameStart < run.upperBound - 1, context.isWord(nameStart, in: SpeakerWords.nameConnectors) {
            nameStart += 1
        }
        // `Republican`, `President`: a title alone names nobody.
        if run.count == 1, context.isWord(nameStart, in: SpeakerWords.titles) { return nil }
        if nameStart == run.upperBound - 1, context.isWord(nameStart, in: SpeakerWords.titles),
            !run.contains(where: { context.isWord($0, in: SpeakerWords.honorifics) })
        {
            return institution(allTitles: run)
        }
        let nameEnd = personNameEnd(nameStart..<run.upperBound, titled: nameStart > run.lowerBound)
        return SpeakerPhrase(kind: .name, tokens: run, nameTokens: nameStart..<nameEnd, gender: gender)
    }

    /// `Gov. Phil Bryant of Mississippi`, `Charles Rangel of New York`: a person's name ends
    /// before `of`; what follows is where they come from, never the speaker. An institution
    /// keeps its `of` (`Bank of America`, `University of Texas`): the cut needs a title or a
    /// name of two plain words before `of`, none of them an institution's word.
    static let ofWord: WordClass = ["of"]
    /// `NameResolver.organizationWords`, tested on the token's packed code units.
    static let organizationWords = WordClass(NameResolver.organizationWords)

    private func personNameEnd(_ name: Range<Int>, titled: Bool) -> Int {
        guard let of = name.first(where: { context.isListed($0, in: Self.ofWord) }), of + 1 < name.upperBound else {
            return name.upperBound
        }
        let head = name.lowerBound..<of
        guard !head.isEmpty, head.count >= (titled ? 1 : 2),
            head.allSatisfy({ isNamePart($0) && !context.isListed($0, in: Self.organizationWords) })
        else { return name.upperBound }
        return of
    }

    static let ofFor: WordClass = ["of", "for"]

    private func descriptionBackward(endingAt end: Int, from lowerBound: Int) -> SpeakerPhrase? {
        var start = end
        while start - 1 >= lowerBound, end - start < 7 {
            let previous = start - 1
            if tokens[previous].kind == .number {
                start = previous
                break
            }
            guard tokens[previous].kind == .word else { break }
            // Tested on the packed token, as `lower(previous)` would be.
            if context.isListed(previous, in: SpeakerWords.determiners) {
                start = previous
                break
            }
            if context.isListed(previous, in: SpeakerWords.stops) && !context.isListed(previous, in: Self.ofFor) { break }
            if context.speechVerb(at: previous) != nil { break }
            start = previous
        }
        while start < end, context.isWord(start, in: SpeakerWords.capitalizedFunctionWords),
            !context.isWord(start, in: SpeakerWords.determiners)
        {
            start += 1
        }
        let opensWithDeterminer = context.isWord(start, in: SpeakerWords.determiners) || tokens[start].kind == .number
        guard context.isListed(end, in: SpeakerWords.roleNouns) || (opensWithDeterminer && start < end) else { return nil }
        if context.isListed(end, in: SpeakerWords.stops) || context.isListed(end, in: SpeakerWords.determiners) { return nil }
        if context.isWord(start, in: Self.nounPhraseOpeners), isPremodifierRun(from: start + 1, through: end) { return nil }
        return SpeakerPhrase(kind: .descriptive, tokens: start..<(end + 1))
    }

    /// `in her economically depressed state, "..."`, `the only hope`, `the continued questions`:
    /// after a determiner, only modifiers (adverbs in `-ly`, then an adjective or participle in
    /// `-ed`, or `only`) and no head noun. A noun phrase needs its head, so the verb form after
    /// them is that head (`state`, `hope`, `questions`), no verb, and the words are no subject.
    /// Only after an article or a possessive: `those surveyed said`, `those polled` stand for
    /// people (a demonstrative is a pronoun there, the participle its modifier).
    /// The last word must be `-ed` or `only`: nouns in `-ly` (`the family`, `an ally`) head
    /// their phrase, as do short words, nouns in `-eed` (`the need`) and `hundred`, `hatred`.
    private func isPremodifierRun(from first: Int, through last: Int) -> Bool {
        guard first <= last, isClosingPremodifier(last) else { return false }
        return (first..<last).allSatisfy { index in
            guard tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
            let word = tokens[index].text
            return word.count > 4 && (word.hasSuffix("ly") || word.hasSuffix("ed"))
        }
    }

    private func isClosingPremodifier(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        let word = tokens[index].text
        if word == "only" { return true }
        return word.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed") && !Self.nounsInEd.contains(word)
    }

    static let nounsInEd: Set<String> = ["hundred", "hatred", "kindred"]
    static let nounPhraseOpeners: WordClass = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"]
}
