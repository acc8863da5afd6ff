/// The evidence one mention brings for each type, from the name itself (lists, cues in
/// its words) and from its neighbours (a title, `in X`, `X said`, `the X news agency`).
/// Weights: a cue that is nearly always right counts 4-10, a list 2-4, context 1-2.
struct EvidenceScorer {
    let text: TokenizedText
    let lexicon: Lexicon

    func votes(for candidate: Candidate) -> TypeVotes {
        var votes = TypeVotes()
        let name = candidate.key
        let words = candidate.tokens.map { text.tokens[$0].text }
        guard let first = words.first, let last = words.last else { return votes }

        if OrganizationCues.metonyms.contains(name) { votes.organization += 10 }
        if let title = candidate.title, !title.isEmpty { votes.person += 6 }
        if let expansion = candidate.expansion {
            if lexicon.place(expansion) != nil { votes.location += 6 } else { votes.organization += 6 }
        }
        if let counts = lexicon.counts(name), counts.total > 0 {
            let weight = 4.0 / Double(counts.total)
            votes.person += Double(counts.person) * weight
            votes.organization += Double(counts.organization) * weight
            votes.location += Double(counts.location) * weight
            votes.other += Double(counts.misc) * weight
        }
        if let kind = lexicon.place(name) { votes.location += kind == .country ? 4 : 2.5 }
        if words.count > 1 {
            if OrganizationCues.suffixes.contains(last) { votes.organization += 3.5 }
            if PlaceCues.suffixes.contains(last) { votes.location += 3.5 }
            if OrganizationCues.ofHeads.contains(first), words.contains("of") {
                if PlaceCues.suffixes.contains(first) { votes.location += 2 } else { votes.organization += 2 }
            }
            if lexicon.givenNames[first] != nil { votes.person += 3 }
            if isInitial(first) { votes.person += 3 }
            if words.count <= 3, words.allSatisfy({ isNameShaped($0) }) { votes.person += 0.6 }
            if words.contains("&") { votes.organization += 3 }
        } else if isAcronym(first) {
            votes.organization += 1.2
        } else if lexicon.counts(first) == nil, lexicon.place(first) == nil, lexicon.givenNames[first] == nil,
            lexicon.isCommonWord(first.lowercased())
        {
            votes.other += 1.5  // `Attendance`, `Results`: a word capitalised by layout, not a name
        }
        votes += contextVotes(candidate)
        if votes.total == 0 { votes.organization += words.count > 1 ? 0.3 : 0.4 }
        return votes
    }

    /// What the words around the name say.
    private func contextVotes(_ candidate: Candidate) -> TypeVotes {
        var votes = TypeVotes()
        let tokens = text.tokens
        let after = candidate.tokens.upperBound
        var next = after < tokens.count ? tokens[after] : nil
        if next?.isPossessive == true { next = after + 1 < tokens.count ? tokens[after + 1] : nil }
        if let next, next.isLowercaseWord {
            if OrganizationCues.followingNouns.contains(next.text) { votes.organization += 2 }
            if PlaceCues.followingNouns.contains(next.text) { votes.location += 2 }
            if PersonCues.speechVerbs.contains(next.text) {
                votes.person += 0.8
                votes.organization += 0.4
            }
            if PersonCues.followingNouns.contains(next.text) { votes.person += 2 }
            if candidate.tokenCount == 1, lexicon.counts(candidate.key) == nil,
                lexicon.place(candidate.key) == nil, isPluralNoun(next.text)
            {
                votes.other += 1  // a modifier: `Tomahawk missiles`, `Scud launchers`
            }
            if next.text == "news", after + 1 < tokens.count, tokens[after + 1].text == "agency" {
                votes.organization += 2
            }
        }
        let before = candidate.tokens.lowerBound - 1
        if before >= 0 {
            let previous = tokens[before].text
            if PlaceCues.prepositions.contains(previous) { votes.location += 1 }
            if previous == "of", before >= 1, PlaceCues.precedingNouns.contains(tokens[before - 1].text) {
                votes.location += 2
            }
            if previous == "of", before >= 2, tokens[before - 1].text == "town" || tokens[before - 1].text == "city" {
                votes.location += 1
            }
        }
        return votes
    }

    private func isPluralNoun(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && !PersonCues.speechVerbs.contains(word) && !OrganizationCues.followingNouns.contains(word)
            && !PlaceCues.followingNouns.contains(word)
    }

    private func isInitial(_ word: String) -> Bool {
        word.count == 2 && word.hasSuffix(".") && word.first?.isUppercase == true
    }

    private func isAcronym(_ word: String) -> Bool {
        let letters = word.filter { $0 != "." }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.isUppercase }
    }

    /// Title case and no digits: `Lucian`, `Kim`, `al-Assad`.
    private func isNameShaped(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        return (first.isUppercase || word.contains("-")) && word.dropFirst().contains(where: \.isLowercase)
            && !word.contains(where: \.isNumber)
    }
}
