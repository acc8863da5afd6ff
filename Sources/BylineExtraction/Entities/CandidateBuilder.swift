/// Turns a run of capitalised tokens into the names it holds: drops sentence-initial common
/// words (`Instead`, `Things`), calendar words and pronouns, splits off a title, keeps the
/// countries inside a title (`U.S.` in `U.S. Secretary of State`) as names of their own,
/// and leaves out nationality adjectives.
struct CandidateBuilder {
    let text: TokenizedText
    let lexicon: Lexicon
    /// Words seen capitalised away from a sentence start somewhere in the article.
    let capitalizedInside: Set<String>

    func candidates(in chunk: Range<Int>, sentenceStart: Int) -> [Candidate] {
        var range = chunk
        let tokens = text.tokens
        let whole = key(range)
        let wholeKnown = lexicon.isKnownName(whole) || OrganizationCues.metonyms.contains(whole)
        if !wholeKnown {
            while let first = range.first,
                isDroppableStart(first, sentenceStart: sentenceStart, alone: range.count == 1)
            {
                range = (first + 1)..<range.upperBound
            }
            while let last = range.last, JunkWords.isCalendar(tokens[last].text) {
                range = range.lowerBound..<last
            }
        }
        let titleSplit = wholeKnown ? nil : TitleSplitter(tokens: tokens, lexicon: lexicon).split(range)
        if !wholeKnown, titleSplit == nil {
            // `Australian Tom Moody`, `West Indian Phil Simmons`: the adjective is no part of the name.
            var cut = range.lowerBound
            for length in stride(from: min(3, range.count - 1), through: 1, by: -1)
            where isDemonymPhrase(range.lowerBound..<(range.lowerBound + length)) {
                cut = range.lowerBound + length
                break
            }
            range = cut..<range.upperBound
        }
        guard !range.isEmpty else { return [] }
        if !wholeKnown, !lexicon.isKnownName(key(range)),
            let split = TitleSplitter(tokens: tokens, lexicon: lexicon).split(range)
        {
            var result: [Candidate] = []
            if !split.before.isEmpty {
                result += candidates(in: split.before, sentenceStart: sentenceStart)
            }
            for index in split.title where isPlaceInTitle(index) {
                result += plain(index..<(index + 1), title: nil)
            }
            if !split.name.isEmpty {
                let title = key(split.title)
                let gender = split.title.lazy.compactMap { PersonCues.gendered[tokens[$0].text] }.first
                result += plain(split.name, title: title, gender: gender)
            }
            return result
        }
        return plain(range, title: nil)
    }

    /// A name with no title inside, unless it is junk on its own.
    private func plain(
        _ range: Range<Int>, title: String?, gender: RecognizedEntity.Gender? = nil
    ) -> [Candidate] {
        let name = key(range)
        if range.count == 1 {
            let word = text.tokens[range.lowerBound].text
            if word.count == 1 || (word.count == 2 && word.hasSuffix(".")) { return [] }  // `N`, `C.`
            if JunkWords.isCalendar(word) || JunkWords.pronounsAndFunctionWords.contains(word)
                || (title == nil && JunkWords.isDemonym(word, lexicon: lexicon))
                || (title == nil && PersonCues.titleHeads.contains(word))
            {
                return []
            }
        }
        let span = TextSpan(
            start: text.tokens[range.lowerBound].span.start, end: text.tokens[range.upperBound - 1].span.end)
        var candidate = Candidate(
            tokens: range, span: span, key: name, title: title, titleGender: gender, votes: TypeVotes(),
            expansion: OrganizationCues.acronyms[name])
        candidate.votes = EvidenceScorer(text: text, lexicon: lexicon).votes(for: candidate)
        return [candidate]
    }

    private func isDemonymPhrase(_ range: Range<Int>) -> Bool {
        let phrase = key(range)
        if range.count == 1 { return JunkWords.isDemonym(phrase, lexicon: lexicon) }
        guard let counts = lexicon.counts(phrase) else { return false }
        return counts.misc * 2 > counts.total
    }

    private func isPlaceInTitle(_ index: Int) -> Bool {
        let word = text.tokens[index].text
        return OrganizationCues.acronyms[word] != nil || lexicon.place(word) == .country
    }

    /// The first word of a sentence that is a common word and nothing marks as a name.
    private func isDroppableStart(_ index: Int, sentenceStart: Int, alone: Bool) -> Bool {
        let word = text.tokens[index].text
        if JunkWords.pronounsAndFunctionWords.contains(word) || JunkWords.isCalendar(word) {
            return true
        }
        if !alone, index + 1 < text.tokens.count,
            lexicon.isKnownName(word + " " + text.tokens[index + 1].text)
        {
            return false  // `New Zealand` at the start of a sentence
        }
        guard isSentenceInitial(index, sentenceStart: sentenceStart) else { return false }
        guard lexicon.isCommonWord(word.lowercased()) else { return false }
        return !capitalizedInside.contains(word) && lexicon.place(word) == nil
            && (alone || lexicon.givenNames[word] == nil) && (lexicon.counts(word)?.total ?? 0) == 0
    }

    /// First in its sentence, or first after an opening quote, bracket or dash there.
    func isSentenceInitial(_ index: Int, sentenceStart: Int) -> Bool {
        var i = index - 1
        while i >= sentenceStart {
            let token = text.tokens[i]
            if token.kind != .punctuation { return false }
            i -= 1
        }
        return true
    }

    func key(_ range: Range<Int>) -> String {
        if range.count == 1 { return text.tokens[range.lowerBound].text }
        return text.tokens[range].lazy.map(\.text).joined(separator: " ")
    }
}
