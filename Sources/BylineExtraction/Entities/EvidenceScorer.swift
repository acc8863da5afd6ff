/// The evidence one mention brings for each type, from the name itself (lists, cues in
/// its words) and from its neighbours (a title, `in X`, `X said`, `the X news agency`).
/// Weights: a cue that is nearly always right counts 4-10, a list 2-4, context 1-2.
struct EvidenceScorer {
    let context: RecognitionContext

    func votes(for candidate: Candidate) -> TypeVotes {
        var votes = TypeVotes()
        let first = candidate.tokens.lowerBound
        let last = candidate.tokens.upperBound - 1
        let firstFacts = context.facts[first]
        let lastFacts = context.facts[last]
        let single = first == last
        // The lists' answers about the whole name, looked up once (a one-word name asks only
        // when CoNLL knows the word).
        let known = !single || firstFacts.contains(.surface) ? context.name(candidate.tokens) : nil

        if single ? firstFacts.contains(.metonym) : known?.isMetonym == true {
            votes.organization += 10
        }
        if let title = candidate.title, !title.isEmpty {
            votes.person += 6
        } else if candidate.titleGender != nil {
            votes.person += 6  // `Mr. Dalton`: an honorific is as sure a cue as a title
        }
        if let expansion = candidate.expansion {
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
            if firstFacts.contains(.ofHead), candidate.tokens.contains(where: { context.tokens[$0].text == "of" }) {
                if PlaceCues.ofHeads.contains(context.tokens[first].text) {
                    votes.location += 2
                } else {
                    votes.organization += 2
                    if lastFacts.contains(.place) { votes.organization += 2 }  // not the place it names
                }
            }
            if firstFacts.contains(.givenName) { votes.person += 3 }
            if candidate.tokens.count >= 3, PersonCues.generationalSuffixes.contains(context.tokens[last].text) {
                votes.person += 4  // `Vann R. Newkirk II`, `Martin Luther King Jr.`
            }
            let firstToken = context.tokens[first]
            if firstToken.span.length == 2, firstToken.endsWithPeriod, firstToken.isCapitalized { votes.person += 3 }
            if candidate.tokens.count <= 3, candidate.tokens.allSatisfy({ isNameShaped(context.tokens[$0]) }) {
                votes.person += 0.6
            }
            if candidate.tokens.contains(where: { context.tokens[$0].text == "&" }) { votes.organization += 5 }
            let lastWord = context.tokens[last].text
            if lastWord == "Act" || lastWord == "Bill" || OrganizationCues.eventHeads.contains(lastWord) {
                // `Public Order Act`, `Hunting Bill`: a law, not a person called Bill;
                // `Academy Awards`, `Heineken Cup`: an event (CoNLL's MISC), not a person.
                votes.other += 10
            }
        }
        votes += contextVotes(candidate)
        if votes.total == 0 { votes.organization += single ? 0.4 : 0.3 }
        return votes
    }

    /// What the words around the name say.
    private func contextVotes(_ candidate: Candidate) -> TypeVotes {
        var votes = TypeVotes()
        let tokens = context.tokens
        var after = candidate.tokens.upperBound
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
            if candidate.tokens.count == 1, context.facts[candidate.tokens.lowerBound].isDisjoint(with: [.surface, .place]),
                isPluralNoun(tokens[after].text, next)
            {
                votes.other += 1  // a modifier: `Tomahawk missiles`, `Scud launchers`
            }
            if tokens[after].text == "news", after + 1 < tokens.count, tokens[after + 1].text == "agency" {
                votes.organization += 2
            }
        }
        if candidate.tokens.count == 1, after < tokens.count, tokens[after].text == ":",
            context.facts[candidate.tokens.lowerBound].isDisjoint(with: [.surface, .place, .givenName])
        {
            votes.other += 1.5  // `Attendance: 12,000`, `Scorers:`: a label, not a name
        }
        if candidate.tokens.upperBound < tokens.count, isScore(tokens[candidate.tokens.upperBound]),
            isTeamLike(candidate)
        {
            // `Chicago 5 Atlanta 3`: a name before a small count is a team in a result line.
            votes.organization += 4
        }
        let before = candidate.tokens.lowerBound - 1
        if before >= 0 {
            if context.facts[before].contains(.placePreposition), tokens[before].isLowercaseWord {
                votes.location += 1
            }
            if tokens[before].text == "of", before >= 1, context.facts[before - 1].contains(.placePrecedingNoun) {
                votes.location += 2
            }
        }
        return votes
    }

    /// A place or a known club: the names that stand for teams in result lines.
    private func isTeamLike(_ candidate: Candidate) -> Bool {
        if candidate.tokens.count == 1, context.facts[candidate.tokens.lowerBound].contains(.place) { return true }
        if candidate.tokens.count > 1, context.place(candidate.tokens) != nil { return true }
        return (context.counts(candidate.tokens)?.organization ?? 0) > 0
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
