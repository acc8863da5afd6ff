/// Finds the runs of name-like tokens in one sentence: capitalised words, joined by name
/// particles (`bin`, `van`), by `of` after a head that takes it (`Bank of England`,
/// `Secretary of State`), by `&`, and by `and` only inside a known name
/// (`Bosnia and Herzegovina`). A possessive, punctuation or a lower-case word ends a run.
struct NameChunker {
    let tokens: [Token]
    let lexicon: Lexicon
    /// In a title-case or capitals line, a capitalised common word is no evidence of a name.
    let isHeadlineStyle: Bool

    init(tokens: [Token], sentence: Range<Int>, lexicon: Lexicon) {
        self.tokens = tokens
        self.lexicon = lexicon
        var words = 0
        var capitalized = 0
        for token in tokens[sentence] where token.kind == .word && !token.isPossessive {
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        isHeadlineStyle = words >= 4 && capitalized * 10 >= words * 7
    }

    func chunks(in sentence: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let start = index
            if let known = knownNameLength(at: index, limit: sentence.upperBound) {
                index += known
            } else if isNameToken(index) {
                index += 1
            } else {
                index += 1
                continue
            }
            while index < sentence.upperBound {
                if isNameToken(index) {
                    index += 1
                } else if index + 1 < sentence.upperBound, joins(at: index, after: start),
                    isNameToken(index + 1)
                {
                    index += 2
                } else {
                    break
                }
            }
            result.append(start..<index)
        }
        return result
    }

    /// The length of a listed name of two to four capitalised words starting at `index`
    /// (`NEW YORK`, `St Louis`), so a common word inside it does not break it.
    func knownNameLength(at index: Int, limit: Int) -> Int? {
        guard tokens[index].isCapitalized, tokens[index].kind == .word else { return nil }
        var key = tokens[index].text
        var best: Int?
        var end = index + 1
        while end < limit, end - index < 4, tokens[end].kind == .word, tokens[end].isCapitalized {
            key += " " + tokens[end].text
            end += 1
            if lexicon.isKnownName(key) { best = end - index }
        }
        return best
    }

    /// A capitalised word (`Putin`, `U.S.`, `NPR`) or a particle-hyphen name (`al-Assad`).
    func isNameToken(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isPossessive else { return false }
        if !token.isCapitalized {
            guard token.shape.contains(.hyphenated), let dash = token.text.firstIndex(of: "-")
            else { return false }
            return PersonCues.hyphenParticles.contains(String(token.text[..<dash]))
                && token.text[token.text.index(after: dash)...].first?.isUppercase == true
        }
        if token.isAllCaps && token.text.count > 1 || isHeadlineStyle {
            // `TAKE OVER AT TOP`: capitals or title case tell nothing; only lists do.
            let lower = token.text.lowercased()
            if lexicon.isCommonWord(lower), !lexicon.isKnownName(token.text) { return false }
        }
        return true
    }

    /// Whether the lower-case or symbol token at `index` joins the run started at `start`.
    func joins(at index: Int, after start: Int) -> Bool {
        let word = tokens[index].text
        let previous = tokens[index - 1].text
        if PersonCues.particles.contains(word) { return true }
        if word == "&" { return true }
        if word == "of" {
            return OrganizationCues.ofHeads.contains(previous) || PersonCues.titleHeads.contains(previous)
                || lexicon.isKnownName(previous + " of " + tokens[index + 1].text)
        }
        if word == "and" || word == "de" || word == "upon" || word == "on" {
            return lexicon.isKnownName(previous + " " + word + " " + tokens[index + 1].text)
        }
        return false
    }
}
