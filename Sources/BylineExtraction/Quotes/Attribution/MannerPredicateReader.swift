/// Reads a clause whose predicate tells how a person spoke, with no verb of saying: `Hale was
/// blunt`, `Lee put it this way`, `Pike went further`, `Ortiz didn't mince words`, `Waller
/// shrugged`, `Mendes had a simpler explanation` (words in `SpeakingManner`). News writing
/// sets up a quotation with such a clause; a clause about the person that holds none
/// (`Pike arrived late`) says nothing about words.
struct MannerPredicateReader {
    let context: AttributionContext

    /// How far into the clause the predicate may start.
    static let reach = 24
    /// Most tokens after the predicate before the clause ends (`about the odds`, `on Monday`).
    static let tailReach = 8
    /// Most tokens of the question after `was asked` (`whether he would run again next year`).
    static let questionReach = 20
    /// Links that open another clause inside the tail (`was blunt when asked`).
    static let clauseLinks = WordClass(CharacterizationRule.clauseLinks)
    /// What `put it` may not go on with: `put it on hold` moves something.
    static let putParticles: WordClass = ["on", "into", "onto", "back", "down", "off", "up", "aside", "away", "together", "out", "forward", "to"]

    /// The cue of a manner predicate in the clause `start..<end` (`end` is the period, colon
    /// or comma that closes it): the predicate's words, and its subject, a named person or a
    /// pronoun standing before it.
    /// A whole sentence (`endsSentence`) may also be a question put to the person: `Waller was
    /// asked about the ruling.` sets up the answer, where `Waller was asked:` quotes the asker.
    func cue(from start: Int, to end: Int, endsSentence: Bool = false) -> Cue? {
        var index = start + 1
        while index < end, index - start < Self.reach {
            guard context.isWord(index, in: SpeakingManner.heads) else {
                if context.isQuoteMark(index) || context.isClauseEnd(index) { return nil }
                index += 1
                continue
            }
            var predicateEnd = predicate(at: index, before: end)
            var tailIsPlain = predicateEnd.map { isPlainTail(from: $0, to: end) } ?? false
            if predicateEnd == nil, endsSentence, let asked = question(at: index, before: end) {
                predicateEnd = asked
                tailIsPlain = end - asked <= Self.questionReach
            }
            guard let predicateEnd else {
                index += 1
                continue
            }
            let reader = SpeakerPhraseReader(context: context)
            guard tailIsPlain else { return nil }
            if let subject = reader.clauseSubject(of: index, from: start), subject.tokens.upperBound <= index,
                reader.namesPersonOutright(subject), opensPredicate(after: subject, at: index)
            {
                return Cue(verbTokens: index..<predicateEnd, speaker: subject)
            }
            // `Hale's message was simple.`: the message's owner.
            guard context.isWord(index, in: SpeakingManner.copulas), let owner = owner(ofViewBefore: index, from: start, reader)
            else { return nil }
            return Cue(verbTokens: index..<predicateEnd, speaker: owner)
        }
        return nil
    }

    /// The end of a manner predicate opening at `index`, or nil.
    private func predicate(at index: Int, before end: Int) -> Int? {
        guard !context.tokens[index].isCapitalized else { return nil }
        if context.isWord(index, in: SpeakingManner.copulas), let predicateEnd = copulaPredicate(after: index, before: end) {
            return predicateEnd
        }
        if context.isWord(index, in: SpeakingManner.gestures) { return index + 1 }
        if context.isWord(index, in: SpeakingManner.put), context.isWord(index + 1, in: SpeakingManner.it),
            !context.isWord(index + 2, in: Self.putParticles)
        {
            return index + 2
        }
        if context.isWord(index, in: SpeakingManner.go) { return further(after: index, before: end) }
        if context.isWord(index, in: SpeakingManner.mince) {
            if context.isWord(index + 1, in: SpeakingManner.words) { return index + 2 }
            if context.isWord(index + 1, in: SpeakingManner.negation), context.isWord(index + 2, in: SpeakingManner.words) { return index + 3 }
            return nil
        }
        if context.isWord(index, in: SpeakingManner.pull), context.isWord(index + 2, in: SpeakingManner.punches) { return index + 3 }
        if context.isWord(index, in: SpeakingManner.hold) {
            // `held nothing back`; `didn't hold back` (not `held back tears`).
            if context.isWord(index + 1, in: ["nothing"]), context.isWord(index + 2, in: SpeakingManner.back) { return index + 3 }
            if context.isWord(index + 1, in: SpeakingManner.back), isNegation(index - 1), index + 2 == end { return index + 2 }
            return nil
        }
        if context.isWord(index, in: SpeakingManner.beg), context.isWord(index + 1, in: WordSets.to),
            context.isWord(index + 2, in: SpeakingManner.differ)
        {
            return index + 3
        }
        if context.isWord(index, in: SpeakingManner.sum) {
            if context.isWord(index + 1, in: SpeakingManner.it), context.isWord(index + 2, in: ["up"]) { return index + 3 }
            return context.isWord(index + 1, in: ["up"]) ? index + 2 : nil
        }
        if context.isWord(index, in: SpeakingManner.backVerbs), context.isWord(index + 1, in: SpeakingManner.back) { return index + 2 }
        if context.isWord(index, in: SpeakingManner.inVerbs), context.isWord(index + 1, in: SpeakingManner.inWord) { return index + 2 }
        if context.isWord(index, in: SpeakingManner.addressVerbs) { return index + 1 }
        if context.isWord(index, in: SpeakingManner.see), context.isWord(index + 1, in: SpeakingManner.it) { return index + 2 }
        if context.isWord(index, in: SpeakingManner.holdVerbs) { return view(after: index, before: end) }
        if context.isWord(index, in: SpeakingManner.frameVerbs) { return framedView(after: index, before: end) }
        return nil
    }

    /// `was asked about the ruling`, `was pressed on whether ...`: a question put to the
    /// subject (a passive of a question verb).
    private func question(at index: Int, before end: Int) -> Int? {
        guard context.isWord(index, in: SpeakingManner.questionCopulas), context.isWord(index + 1, in: SpeakingManner.questioned)
        else { return nil }
        return index + 2 < end ? index + 2 : nil
    }

    /// `was blunt`, `is even more direct`, `was not so sure`, `wasn't buying it`, `was having
    /// none of it`.
    private func copulaPredicate(after copula: Int, before end: Int) -> Int? {
        var index = copula + 1
        while index < end, index - copula <= 4, context.isWord(index, in: SpeakingManner.degrees) || isNegation(index) {
            index += 1
        }
        guard index < end else { return nil }
        if context.isWord(index, in: SpeakingManner.adjectives) { return index + 1 }
        guard context.isWord(index, in: SpeakingManner.buying) else { return nil }
        if context.isWord(index + 1, in: SpeakingManner.it) { return index + 2 }
        if context.isWord(index + 1, in: ["none"]), context.isWord(index + 2, in: ["of"]), context.isWord(index + 3, in: SpeakingManner.it) {
            return index + 4
        }
        return nil
    }

    /// `went further`, `went a step further`, `went even further`.
    private func further(after verb: Int, before end: Int) -> Int? {
        var index = verb + 1
        while index < end, index - verb <= 3 {
            if context.isWord(index, in: SpeakingManner.further) { return index + 1 }
            guard context.isWord(index, in: ["a", "one", "step", "even", "much", "still", "far"]) else { return nil }
            index += 1
        }
        return nil
    }

    /// `had a simpler explanation`, `offered a different take`, `struck a defiant tone`,
    /// `expressed concern`: a view after a determiner and at most three lower-case modifiers.
    private func view(after verb: Int, before end: Int, determinerNeeded: Bool = true) -> Int? {
        var index = verb + 1
        if context.isWord(index, in: SpeakingManner.viewDeterminers) {
            index += 1
        } else if determinerNeeded, !context.isWord(verb, in: SpeakingManner.voice) {
            return nil  // `had heard the warning`: `had` is an auxiliary there
        }
        while index < end, index - verb <= 5 {
            let token = context.tokens[index]
            guard token.kind == .word, !token.isCapitalized else { return nil }
            if context.isWord(index, in: SpeakingManner.views) { return index + 1 }
            if context.isWord(index, in: SpeakerWords.stops) || context.speechVerb(at: index) != nil { return nil }
            index += 1
        }
        return nil
    }

    /// What follows the subject leads to the predicate: the predicate itself, punctuation (an
    /// apposition, `, for her part,`), an auxiliary, a negation or an adverb. A noun there
    /// (`The New York businessman was`) makes the name a modifier of someone unnamed.
    private func opensPredicate(after subject: SpeakerPhrase, at predicate: Int) -> Bool {
        let next = subject.tokens.upperBound
        guard next < predicate, context.tokens[next].kind == .word else { return true }
        return context.isWord(next, in: SpeakingManner.auxiliaries) || isNegation(next) || context.tokens[next].text.hasSuffix("ly")
    }

    /// The named owner of a view or message that is the whole subject of the copula: `Dana
    /// Pike's message was simple.`, `Pike's short answer was blunt.`, `The message from Dana
    /// Pike was clear.`
    private func owner(ofViewBefore copula: Int, from start: Int, _ reader: SpeakerPhraseReader) -> SpeakerPhrase? {
        // `The message from Dana Pike was clear.`
        if let named = reader.phrase(endingAt: copula - 1, from: start), named.kind == .name,
            context.isWord(named.tokens.lowerBound - 1, in: MessageReadsRule.authorLinks),
            isView(named.tokens.lowerBound - 2), named.tokens.lowerBound - 3 <= start
        {
            return named
        }
        // `Dana Pike's message was simple.`, `Pike's short answer was no.`
        guard isView(copula - 1) else { return nil }
        var possessive = copula - 2
        while possessive > start, copula - possessive <= 4, context.tokens[possessive].kind == .word,
            !context.tokens[possessive].isCapitalized, !context.tokens[possessive].isPossessive
        {
            possessive -= 1
        }
        guard possessive > start, context.tokens[possessive].isPossessive,
            let owner = reader.phrase(endingAt: possessive - 1, from: start), owner.kind == .name, owner.tokens.lowerBound == start
        else { return nil }
        return owner
    }

    private func isView(_ index: Int) -> Bool {
        context.isWord(index, in: SpeakingManner.views) || context.isWord(index, in: SpeakerWords.messageNouns)
    }

    /// `opened her speech with a joke`, `ended with a warning`: at most three words of what
    /// was opened, then `with` and a view.
    private func framedView(after verb: Int, before end: Int) -> Int? {
        guard let with = ((verb + 1)..<min(end, verb + 5)).first(where: { context.isWord($0, in: WordSets.with) }),
            ((verb + 1)..<with).allSatisfy({ context.tokens[$0].kind == .word && !context.tokens[$0].isCapitalized }),
            context.isWord(with + 1, in: SpeakingManner.viewDeterminers)
        else { return nil }
        return view(after: with, before: end, determinerNeeded: false)
    }

    /// After the predicate: a short phrase (`about the odds`, `on Monday`, `this way`) with no
    /// quotation, clause link, comma or verb of saying that would start another statement.
    private func isPlainTail(from start: Int, to end: Int) -> Bool {
        guard end - start <= Self.tailReach else { return false }
        for index in start..<end {
            let token = context.tokens[index]
            if token.kind == .punctuation { return false }
            // `put it that way`: `that` before `way` opens no clause.
            if context.isWord(index, in: Self.clauseLinks), !context.isWord(index + 1, in: ["way"]) { return false }
            if context.speechVerb(at: index) != nil { return false }
        }
        return true
    }

    private func isNegation(_ index: Int) -> Bool {
        guard context.tokens.indices.contains(index) else { return false }
        return context.isWord(index, in: SpeakingManner.negation) || context.tokens[index].text.hasSuffix("n't")
    }
}
