/// Turns a run of capitalised tokens into the names it holds: drops sentence-initial common
/// words (`Instead`, `Things`), calendar words and pronouns, splits off a title, keeps the
/// countries inside a title (`U.S.` in `U.S. Secretary of State`) as names of their own,
/// and leaves out nationality adjectives.
struct CandidateBuilder {
    let context: RecognitionContext

    /// Appends the names of `chunk` to `result`: appending in place, not joining arrays, spares
    /// an array and a copy of each candidate (four strings to retain) per name.
    func candidates(in chunk: Range<Int>, sentenceStart: Int, into result: inout [Candidate]) {
        var range = chunk
        // The name table's answer about the whole chunk, asked once: the evidence scorer asks
        // again about the same tokens when the chunk is the name (most are).
        let chunkProbe = chunk.count == 1 ? nil : context.probe(chunk)
        // `context.facts` in place: a local copy of the table retained a dozen arrays.
        let wholeKnown =
            chunk.count == 1
            ? context.facts[chunk.lowerBound].contains(.metonym) || context.facts[chunk.lowerBound].contains(.surface)
                || context.facts[chunk.lowerBound].contains(.place)
            : context.isKnownNameOrMetonym(chunk, probed: chunkProbe)
        if !wholeKnown {
            while let first = range.first,
                isDroppableStart(first, sentenceStart: sentenceStart, alone: range.count == 1)
            {
                range = (first + 1)..<range.upperBound
            }
            while let last = range.last, context.facts[last].contains(.calendar) {
                range = range.lowerBound..<last
            }
        }
        guard !range.isEmpty else { return }
        let isKnown = wholeKnown || (range != chunk && range.count > 1 && context.isKnownName(range))
        if !isKnown, let split = TitleSplitter(context: context).split(range), !isSurnameLikeTitle(split, in: range) {
            // `Rudy Giuliani & Sen. Jeff Sessions`: the `&` (or `of`, `and`) that joined the
            // two names belongs to neither.
            var before = split.before
            while let last = before.last, context.tokens[last].kind != .word || Self.isJoiner(context.tokens[last]) {
                before = before.lowerBound..<last
            }
            if !before.isEmpty {
                candidates(in: before, sentenceStart: sentenceStart, into: &result)
            }
            for index in split.title where !context.facts[index].isDisjoint(with: [.acronym, .country]) {
                plain(index..<(index + 1), title: nil, into: &result)
            }
            if !split.name.isEmpty {
                let title = context.key(split.title)
                let gender = split.title.lazy.compactMap { PersonCues.gendered[self.context.tokens[$0].text] }.first
                plain(split.name, title: title, gender: gender, into: &result)
            }
            return
        }
        if !isKnown, let cut = placeAtEnd(of: range) {
            // `Richard Finn New York` (a byline run into a dateline), `Toronto Minnesota`.
            plain(range.lowerBound..<cut, title: nil, into: &result)
            plain(cut..<range.upperBound, title: nil, into: &result)
            return
        }
        if !isKnown {
            // `Australian Tom Moody`, `West Indian Phil Simmons`: the adjective is no part of the name.
            for length in stride(from: min(3, range.count - 1), through: 1, by: -1)
            where isDemonymPhrase(range.lowerBound..<(range.lowerBound + length))
                && !isPartyName(range, adjectiveLength: length)
            {
                range = (range.lowerBound + length)..<range.upperBound
                break
            }
        }
        plain(range, title: nil, probed: range == chunk ? chunkProbe : nil, into: &result)
    }

    /// A name with no title inside, unless it is junk on its own. `probed`: the name table's
    /// answer about `range` when the caller has it (`RecognitionContext.probe`).
    private func plain(
        _ range: Range<Int>, title: String?, gender: RecognizedEntity.Gender? = nil,
        probed: NameTable.Probe? = nil, into result: inout [Candidate]
    ) {
        if range.count == 1 {
            let token = context.tokens[range.lowerBound]
            let facts = context.facts[range.lowerBound]
            if token.span.length == 1 || (token.span.length == 2 && token.endsWithPeriod) { return }  // `N`, `C.`
            if !facts.isDisjoint(with: [.calendar, .pronoun]) { return }
            if title == nil, facts.isDemonym || (facts.contains(.titleHead) && !facts.contains(.surface)) {
                return
            }
        }
        let tokens = context.tokens
        // `W L`, `W D L`: table headings of one-letter columns.
        if range.allSatisfy({ tokens[$0].span.length <= (tokens[$0].endsWithPeriod ? 2 : 1) }),
            range.count > 1 || tokens[range.lowerBound].span.length <= 2
        {
            return
        }
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        // `Mr.`/`Mrs.` stay outside the chunk (they are no part of the name, nor a role worth
        // listing as a title), but the gender they state still counts for linking.
        let gender = gender ?? honorificGender(before: range.lowerBound)
        let expansion =
            range.count == 1 && context.facts[range.lowerBound].contains(.acronym)
            ? OrganizationCues.acronyms[tokens[range.lowerBound].text] : nil
        // Scored before it is made: the candidate is built once and moved into `result`.
        let votes = EvidenceScorer(context: context).votes(
            tokens: range, title: title, titleGender: gender, expansion: expansion, probed: probed)
        result.append(
            Candidate(
                tokens: range, span: span, title: title, titleGender: gender, votes: votes, expansion: expansion))
    }

    /// Where a run of two names ends in a place: a listed place of two or three words after
    /// at least one other word, or two one-word places side by side. Nil otherwise.
    private func placeAtEnd(of range: Range<Int>) -> Int? {
        guard range.count >= 2 else { return nil }
        if range.count == 2 {
            let both = range.allSatisfy { context.facts[$0].contains(.place) }
            return both ? range.lowerBound + 1 : nil
        }
        for length in [3, 2] where range.count > length {
            let cut = range.upperBound - length
            if context.place(cut..<range.upperBound) != nil { return cut }
        }
        return nil
    }

    private func isDemonymPhrase(_ range: Range<Int>) -> Bool {
        if range.count == 1 { return context.facts[range.lowerBound].isDemonym }
        guard let counts = context.counts(range) else { return false }
        return counts.misc * 2 > counts.total
    }

    /// The first word of a sentence that is a common word and nothing marks as a name.
    private func isDroppableStart(_ index: Int, sentenceStart: Int, alone: Bool) -> Bool {
        let facts = context.facts[index]
        if !facts.isDisjoint(with: [.pronoun, .calendar]) { return true }
        if alone, isOpeningAdverb(index, sentenceStart: sentenceStart) { return true }
        guard facts.contains(.common), isSentenceInitial(index, sentenceStart: sentenceStart) else { return false }
        let tokens = context.tokens
        if !alone, index + 1 < tokens.count, context.isKnownName(index..<(index + 2)) {
            return false  // `New Zealand` at the start of a sentence
        }
        if !alone, index + 1 < tokens.count, tokens[index + 1].span.length <= 2,
            tokens[index + 1].text == "of" || tokens[index + 1].text == "&"
        {
            return false  // `Bank of Florida`: the head of an `of` name
        }
        return !context.isCapitalizedInside(index)
            && facts.isDisjoint(with: [.place, .surface]) && (alone || !facts.contains(.givenName))
    }

    /// First in its sentence, or first after an opening quote, bracket or dash there.
    func isSentenceInitial(_ index: Int, sentenceStart: Int) -> Bool {
        var i = index - 1
        while i >= sentenceStart {
            if context.tokens[i].kind != .punctuation { return false }
            i -= 1
        }
        return true
    }
}

extension CandidateBuilder {
    /// The gender an honorific right before a name states (`Mr. Obama`, `Mrs. Clinton`): the
    /// chunker leaves `Mr.` outside the name, so `PersonCues.gendered` is asked here too.
    func honorificGender(before index: Int) -> RecognizedEntity.Gender? {
        // Every honorific starts with `M` (`Mr.`, `Mrs.`, `Ms.`, `Mme`, `Madame`): the
        // first code unit rules out nearly every other word before the `String` is hashed.
        guard index > 0, context.units[context.tokens[index - 1].span.start] == 0x4D else { return nil }
        let previous = context.tokens[index - 1].text
        return PersonCues.honorifics.contains(previous) ? PersonCues.gendered[previous] : nil
    }
}

extension CandidateBuilder {
    /// `Sadly, …`, `Unsurprisingly, …`: a word in -ly set off by a comma at the start of a
    /// sentence is a sentence adverb, unless the article capitalises it elsewhere or the
    /// lists know it as a name (`Kelly, …`, `Italy, …`).
    func isOpeningAdverb(_ index: Int, sentenceStart: Int) -> Bool {
        let tokens = context.tokens
        let text = tokens[index].text
        guard text.utf8.count > 4, text.hasSuffix("ly"), index + 1 < tokens.count,
            tokens[index + 1].text == "," || isParticiple(index + 1),
            isSentenceInitial(index, sentenceStart: sentenceStart)
        else { return false }
        let facts = context.facts[index]
        return facts.isDisjoint(with: [.place, .surface, .givenName]) && !context.isCapitalizedInside(index)
    }
}

extension CandidateBuilder {
    /// `Hastily politicizing the tragedy, Trump ...`, `Visibly shaken, ...`: a
    /// lower-case word in `-ing` or `-ed` after the `-ly` word makes it an adverb too.
    private func isParticiple(_ index: Int) -> Bool {
        let token = context.tokens[index]
        guard token.isLowercaseWord, token.text.utf8.count > 4 else { return false }
        return token.text.hasSuffix("ing") || token.text.hasSuffix("ed")
    }
}

extension CandidateBuilder {
    /// `Charlie King`, `John Major`: a title word that ends the run right after a given name
    /// is that person's surname, not a title waiting for a name.
    func isSurnameLikeTitle(_ split: TitleSplitter.Split, in range: Range<Int>) -> Bool {
        guard split.name.isEmpty, split.title.count == 1, split.title.upperBound == range.upperBound,
            split.title.lowerBound > range.lowerBound
        else { return false }
        return context.facts[split.title.lowerBound - 1].contains(.givenName)
    }

    /// `Democratic National Committee`, `Republican Party`: a party adjective before an
    /// organisation's head word is part of the party's name, not a nationality to strip.
    func isPartyName(_ range: Range<Int>, adjectiveLength: Int) -> Bool {
        guard adjectiveLength == 1, range.count > 1,
            Self.partyAdjectives.contains(context.tokens[range.lowerBound].text)
        else { return false }
        return context.facts[range.upperBound - 1].contains(.organizationSuffix)
    }

    /// `of`, `and` or `&`: the words that join two names.
    static func isJoiner(_ token: Token) -> Bool {
        // A string equal to an ASCII word has as many code units: the length rules out most.
        token.span.length <= 3 && ["of", "and", "&"].contains(token.text)
    }

    static let partyAdjectives: Set<String> = [
        "Democratic", "Republican", "Labour", "Conservative", "Liberal", "Socialist", "Communist",
    ]
}
