/// Finds the runs of name-like tokens in one sentence: capitalised words, joined by name
/// particles (`bin`, `van`), by `of` after a head that takes it (`Bank of England`,
/// `Secretary of State`), by `&`, and by `and` only inside a known name
/// (`Bosnia and Herzegovina`). A possessive, punctuation or a lower-case word ends a run.
struct NameChunker {
    let context: RecognitionContext
    /// In a title-case or capitals line, a capitalised common word is no evidence of a name.
    let isHeadlineStyle: Bool

    init(context: RecognitionContext, sentence: Range<Int>) {
        self.context = context
        isHeadlineStyle = Self.isHeadlineStyle(context.tokens[sentence])
    }

    /// Whether a sentence's words are mostly capitalised (four words or more, 70%).
    static func isHeadlineStyle(_ sentence: ArraySlice<Token>) -> Bool {
        sentence.withUnsafeBufferPointer { isHeadlineStyle($0, 0..<$0.count) }
    }

    /// `isHeadlineStyle` of `tokens[sentence]`, read in place.
    static func isHeadlineStyle(_ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Bool {
        var words = 0
        var capitalized = 0
        for index in sentence where tokens[index].kind == .word {
            let shape = tokens[index].shape
            guard !shape.contains(.possessive) else { continue }
            words += 1
            if shape.contains(.capitalized) { capitalized += 1 }
        }
        return isHeadlineStyle(words: words, capitalized: capitalized)
    }

    /// Whether a sentence of `words` words (possessives aside), `capitalized` of them
    /// capitalised, is in headline style.
    @inline(__always)
    static func isHeadlineStyle(words: Int, capitalized: Int) -> Bool {
        words >= 4 && capitalized * 10 >= words * 7
    }

    init(context: RecognitionContext, isHeadlineStyle: Bool) {
        self.context = context
        self.isHeadlineStyle = isHeadlineStyle
    }

    /// Appends the runs of `sentence` to `result` (one buffer for all the article's sentences,
    /// not an array per sentence).
    func chunks(in sentence: Range<Int>, into result: inout [Range<Int>]) {
        let tokens = context.tokens
        precondition(sentence.lowerBound >= 0 && sentence.upperBound <= tokens.count, "sentence outside the tokens")
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            // Most tokens are neither capitalised nor hyphenated: then they neither are a name
            // token nor start a listed name, and the two tests are not worth calling. The
            // shapes are read in place until one of those turns up.
            index = tokens.withUnsafeBufferPointer { tokens in
                var next = index
                while next < sentence.upperBound,
                    tokens[next].shape.isDisjoint(with: [.capitalized, .hyphenated])
                {
                    next += 1
                }
                return next
            }
            guard index < sentence.upperBound else { break }
            let start = index
            if isNameToken(index) {
                index += 1
            } else if let known = knownNameLength(at: index, limit: sentence.upperBound) {
                index += known
            } else {
                index += 1
                continue
            }
            while index < sentence.upperBound {
                if isNameToken(index) {
                    index += 1
                } else if index + 1 < sentence.upperBound, isNameToken(index + 1), joins(at: index) {
                    // The cheap shape test first: `joins` builds strings for the lists.
                    index += 2
                } else if let known = knownNameLength(at: index, limit: sentence.upperBound) {
                    index += known
                } else {
                    break
                }
            }
            result.append(start..<index)
        }
    }

    /// The length of a listed name of two to four capitalised words starting at `index`
    /// (`NEW YORK`, `St Louis`) whose first word the shape rules rejected.
    func knownNameLength(at index: Int, limit: Int) -> Int? {
        let tokens = context.tokens
        guard tokens[index].shape.contains(.capitalized), tokens[index].kind == .word else { return nil }
        var best: Int?
        var end = index + 1
        while end < limit, end - index < 4, tokens[end].kind == .word, tokens[end].shape.contains(.capitalized) {
            end += 1
            if context.isKnownName(index..<end) { best = end - index }
        }
        return best
    }

    /// A capitalised word (`Putin`, `U.S.`, `NPR`) or a particle-hyphen name (`al-Assad`).
    /// Asked of every token: it reads the kind and shape in place and copies the token
    /// (retaining its text) only for the rare lower-case hyphenated word.
    func isNameToken(_ index: Int) -> Bool {
        let tokens = context.tokens
        let shape = tokens[index].shape
        guard tokens[index].kind == .word, !shape.contains(.possessive) else { return false }
        if !shape.contains(.capitalized) {
            guard shape.contains(.hyphenated) else { return false }
            if let answer = particleNameByUnits(index) { return answer }
            let text = tokens[index].text
            guard let dash = text.firstIndex(of: "-") else { return false }
            return PersonCues.hyphenParticles.contains(String(text[..<dash]))
                && text[text.index(after: dash)...].first?.isUppercase == true
        }
        let facts = context.facts[index]
        if (shape.contains(.allCaps) && tokens[index].span.length > 1 || isHeadlineStyle), facts.contains(.common),
            !facts.isKnownName
        {
            // `TAKE OVER AT TOP`: capitals or title case tell nothing; only lists do.
            return false
        }
        return true
    }

    /// Whether the lower-case or symbol token at `index` joins the run before it.
    func joins(at index: Int) -> Bool {
        let tokens = context.tokens
        let word = tokens[index].text
        if context.facts[index].contains(.particle) { return true }
        switch word {
        case "&": return true
        case "of":
            return !context.facts[index - 1].isDisjoint(with: [.ofHead, .titleHead])
                || context.isKnownName((index - 1)..<(index + 2))
        case "and", "upon", "on":
            return context.isKnownName((index - 1)..<(index + 2))
        default: return false
        }
    }

    /// `isNameToken`'s answer for the lower-case hyphenated word at `index`, read from its
    /// code units when all are below U+0300 (each then a character of its own, composed):
    /// false without a hyphen, with a prefix longer than any particle (a string equal to one
    /// has as many units) or without an ASCII capital after the hyphen. Nil when the `String`
    /// test must decide: a short prefix before a capital (`al-Assad`), or other characters.
    /// Searching the `String` for the hyphen cost more than the rest of the chunker.
    func particleNameByUnits(_ index: Int) -> Bool? {
        let span = context.tokens[index].span
        return context.units.withUnsafeBufferPointer { units -> Bool? in
            precondition(span.start >= 0 && span.end <= units.count, "token outside the text")
            var dash = -1
            for i in span.start..<span.end {
                let c = units[i]
                if c >= WordTable.composedLimit { return nil }
                if dash < 0, c == 0x2D { dash = i }
            }
            guard dash >= 0, dash - span.start <= PersonCues.longestHyphenParticle, dash + 1 < span.end else {
                return false
            }
            let next = units[dash + 1]
            guard next < 0x80 else { return nil }
            return next &- 0x41 < 26 ? nil : false
        }
    }
}
