/// The evidence one mention brings for each type, from the name itself (lists, cues in
/// its words) and from its neighbours (a title, `in X`, `X said`, `the X news agency`).
/// Weights: a cue that is nearly always right counts 4-10, a list 2-4, context 1-2.
struct EvidenceScorer {
    let context: RecognitionContext

    func votes(for candidate: Candidate) -> TypeVotes {
        votes(
            tokens: candidate.tokens, title: candidate.title, titleGender: candidate.titleGender,
            expansion: candidate.expansion)
    }

    /// The votes of a candidate with these fields, asked before the candidate is made: the
    /// candidate is then built once with its votes, not copied to be scored.
    /// `probed`: `context.probe(range)` when the caller has it.
    func votes(
        tokens range: Range<Int>, title: String?, titleGender: RecognizedEntity.Gender?, expansion: String?,
        probed: NameTable.Probe? = nil
    ) -> TypeVotes {
        var votes = TypeVotes()
        let first = range.lowerBound
        let last = range.upperBound - 1
        let firstFacts = context.facts[first]
        let lastFacts = context.facts[last]
        let single = first == last
        // The lists' answers about the whole name, looked up once (a one-word name asks only
        // when CoNLL knows the word).
        let known = !single || firstFacts.contains(.surface) ? context.name(range, probed: probed) : nil

        if single ? firstFacts.contains(.metonym) : known?.isMetonym == true {
            votes.organization += 10
        }
        if let title = title, !title.isEmpty {
            votes.person += 6
        } else if titleGender != nil {
            votes.person += 6  // `Mr. Dalton`: an honorific is as sure a cue as a title
        }
        if let expansion = expansion {
            if context.lexicon.place(expansion) != nil { votes.location += 6 } else { votes.organization += 6 }
        }
        if !single || firstFacts.contains(.surface), let counts = known?.counts, counts.total > 0 {
            let weight = 4.0 / Double(counts.total)
            votes.person += Double(counts.person) * weight
            votes.organization += Double(counts.organization) * weight
            votes.location += Double(counts.location) * weight
            votes.other += Double(counts.misc) * weight
        }
        if single {
            if firstFacts.contains(.place) { votes.location += firstFacts.contains(.country) ? 4 : 2.5 }
            let token = context.tokens[first]
            if token.isAllCaps, (2...6).contains(token.span.length), !token.shape.contains(.hasDigit) {
                votes.organization += 1.2
            } else if firstFacts.contains(.common), firstFacts.isDisjoint(with: [.surface, .place, .givenName]) {
                votes.other += 1.5  // `Attendance`, `Results`: a word capitalised by layout, not a name
            }
        } else {
            if let kind = known?.place { votes.location += kind == .country ? 4 : 2.5 }
            if lastFacts.contains(.organizationSuffix) { votes.organization += 3.5 }
            if lastFacts.contains(.placeSuffix) { votes.location += 3.5 }
            if firstFacts.contains(.ofHead), range.contains(where: { context.tokens[$0].span.length == 2 && context.tokens[$0].text == "of" }) {
                if PlaceCues.ofHeads.contains(context.tokens[first].text) {
                    votes.location += 2
                } else {
                    votes.organization += 2
                    if lastFacts.contains(.place) { votes.organization += 2 }  // not the place it names
                }
            }
            if firstFacts.contains(.givenName) { votes.person += 3 }
            // Each suffix has at most three code units, as has any string equal to one: the
            // length rules out most last words before their `String` is hashed.
            if range.count >= 3, context.tokens[last].span.length <= 3,
                PersonCues.generationalSuffixes.contains(context.tokens[last].text)
            {
                votes.person += 4  // `Vann R. Newkirk II`, `Martin Luther King Jr.`
            }
            let firstToken = context.tokens[first]
            if firstToken.span.length == 2, firstToken.endsWithPeriod, firstToken.isCapitalized { votes.person += 3 }
            if range.count <= 3, range.allSatisfy({ isNameShaped(context.tokens[$0]) }) {
                votes.person += 0.6
            }
            if range.contains(where: { context.tokens[$0].span.length == 1 && context.tokens[$0].text == "&" }) { votes.organization += 5 }
            if isLawOrEvent(last) {
                // `Public Order Act`, `Hunting Bill`: a law, not a person called Bill;
                // `Academy Awards`, `Heineken Cup`: an event (CoNLL's MISC), not a person.
                votes.other += 10
            }
        }
        votes += contextVotes(range)
        if votes.total == 0 { votes.organization += single ? 0.4 : 0.3 }
        return votes
    }

    /// What the words around the name say.
    private func contextVotes(_ range: Range<Int>) -> TypeVotes {
        var votes = TypeVotes()
        let tokens = context.tokens
        var after = range.upperBound
        if after < tokens.count, tokens[after].isPossessive { after += 1 }
        if after < tokens.count, tokens[after].isLowercaseWord {
            let next = context.facts[after]
            if next.contains(.organizationNoun) { votes.organization += 2 }
            if next.contains(.placeNoun) { votes.location += 2 }
            if next.contains(.personNoun) { votes.person += 2 }
            if next.contains(.speechVerb) {
                votes.person += 0.8
                votes.organization += 0.4
            }
            if range.count == 1, context.facts[range.lowerBound].isDisjoint(with: [.surface, .place]),
                isPluralNoun(tokens[after].text, next)
            {
                votes.other += 1  // a modifier: `Tomahawk missiles`, `Scud launchers`
            }
            if tokens[after].span.length == 4, tokens[after].text == "news", after + 1 < tokens.count,
                tokens[after + 1].text == "agency"
            {
                votes.organization += 2
            }
        }
        if range.count == 1, after < tokens.count, tokens[after].span.length == 1, tokens[after].text == ":",
            context.facts[range.lowerBound].isDisjoint(with: [.surface, .place, .givenName])
        {
            votes.other += 1.5  // `Attendance: 12,000`, `Scorers:`: a label, not a name
        }
        if range.upperBound < tokens.count, isScore(tokens[range.upperBound]),
            isTeamLike(range)
        {
            // `Chicago 5 Atlanta 3`: a name before a small count is a team in a result line.
            votes.organization += 4
        }
        let before = range.lowerBound - 1
        if before >= 1, tokens[before].kind == .punctuation, isOwnedWorkTitle(range) {
            votes.other += 10  // `her 2003 book, Living History,`: a title, not a person
        }
        if before >= 0 {
            if context.facts[before].contains(.placePreposition), tokens[before].isLowercaseWord {
                votes.location += 1
            }
            if tokens[before].span.length == 2, tokens[before].text == "of", before >= 1, context.facts[before - 1].contains(.placePrecedingNoun) {
                votes.location += 2
            }
        }
        return votes
    }

    /// A place or a known club: the names that stand for teams in result lines.
    private func isTeamLike(_ range: Range<Int>) -> Bool {
        if range.count == 1, context.facts[range.lowerBound].contains(.place) { return true }
        if range.count > 1, context.place(range) != nil { return true }
        return (context.counts(range)?.organization ?? 0) > 0
    }

    private func isScore(_ token: Token) -> Bool {
        token.kind == .number && token.span.length <= 3 && !token.shape.contains(.hasLower)
            && token.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private func isPluralNoun(_ word: String, _ facts: WordFacts) -> Bool {
        word.utf8.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && facts.isDisjoint(with: [.speechVerb, .organizationNoun, .placeNoun, .personNoun])
    }

    /// Title case and no digits: `Lucian`, `Kim`, `al-Assad`.
    private func isNameShaped(_ token: Token) -> Bool {
        (token.isCapitalized || token.shape.contains(.hyphenated)) && token.shape.contains(.hasLower)
            && !token.shape.contains(.hasDigit)
    }
}

extension EvidenceScorer {
    /// Whether the token at `index` is `Act`, `Bill` or the last word of an event
    /// (`OrganizationCues.eventHeads`). A token below U+0300 (composed as it stands,
    /// `WordTable.composedLimit`) is compared by code units with the composed words of the
    /// same first unit and length, found by a bit mask (most names have no such word), skipping
    /// the hashing of every multi-word name's last word; others as a `String`.
    func isLawOrEvent(_ index: Int) -> Bool {
        let span = context.tokens[index].span
        precondition(span.start >= 0 && span.end <= context.units.count, "token outside the text")
        let answer: Bool? = context.units.withUnsafeBufferPointer { units in
            for i in span.start..<span.end where units[i] >= WordTable.composedLimit { return nil }
            let word = UnsafeBufferPointer(rebasing: units[span.start..<span.end])
            // A long word or one starting beyond ASCII: the `String` path (never in practice).
            guard let first = word.first, first < 0x80, word.count < 64 else { return nil }
            guard Self.lawOrEventLengths[Int(first)] & (1 << UInt64(word.count)) != 0 else { return false }
            for candidate in Self.lawOrEventWords where candidate.count == word.count {
                var same = true
                for i in 0..<word.count where candidate[i] != word[i] {
                    same = false
                    break
                }
                if same { return true }
            }
            return false
        }
        if let answer { return answer }
        let word = context.tokens[index].text
        return word == "Act" || word == "Bill" || OrganizationCues.eventHeads.contains(word)
    }

    /// `Act`, `Bill` and the event heads, as composed code units.
    static let lawOrEventWords: [[UInt16]] = (["Act", "Bill"] + OrganizationCues.eventHeads.sorted()).map {
        Array(WordTable.composed($0))
    }

    /// By first code unit (ASCII): bit `n` set when a word of `lawOrEventWords` starting with
    /// it has `n` code units (below 64). Tokens starting beyond ASCII or as long as 64 take
    /// the `String` path, so a word of the list left out here is still found.
    static let lawOrEventLengths: [UInt64] = {
        var masks = [UInt64](repeating: 0, count: 128)
        for word in lawOrEventWords {
            guard let first = word.first, first < 0x80, word.count < 64 else { continue }
            masks[Int(first)] |= 1 << UInt64(word.count)
        }
        return masks
    }()
}
