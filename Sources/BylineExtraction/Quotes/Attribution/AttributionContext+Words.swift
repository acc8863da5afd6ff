/// The word and mark tests the rules make around every cue, on a token's code units: a
/// `WordClass` test packs the token's units into an integer instead of making, lowering
/// and hashing its `String`. Each answers what the `String` test it replaces answers
/// (`WordClassListsTests` compares them on every listed word and on near misses).
extension AttributionContext {
    /// The token's text in lower case: the text itself when it has no capitals (most
    /// tokens), else lowered as `ASCIICase.lowercased` lowers it. ASCII text is lowered on
    /// demand (lowering every capitalized token up front cost more than the few tests that
    /// ask), other text was lowered once in `init`.
    func lower(_ index: Int) -> String {
        guard tokens.indices.contains(index) else { return "" }
        let shape = tokens[index].shape
        guard shape.contains(.capitalized) || shape.contains(.allCaps) else { return tokens[index].text }
        let span = tokens[index].span
        return units.withUnsafeBufferPointer { units in
            var bits: UInt16 = 0
            for i in span.start..<span.end { bits |= units[i] }
            guard bits < 0x80 else {
                let place = nonASCIILowered.partitioningIndex { $0.index >= Int32(index) }
                guard place < nonASCIILowered.count, nonASCIILowered[place].index == Int32(index) else {
                    return ASCIICase.lowercased(tokens[index].text)  // not reached: `init` kept every one
                }
                return nonASCIILowered[place].text
            }
            // ASCII: the token's text is these units, one byte each (`StringMaking`).
            return String(unsafeUninitializedCapacity: span.end - span.start) { buffer in
                var k = 0
                for i in span.start..<span.end {
                    let unit = units[i]
                    buffer[k] = UInt8(truncatingIfNeeded: unit &- 0x41 < 26 ? unit | 0x20 : unit)
                    k += 1
                }
                return k
            }
        }
    }

    /// Whether `lower(index)` is lowered from the token's text (`lower`'s test).
    @inline(__always)
    private func folds(_ index: Int) -> Bool {
        let shape = tokens[index].shape
        return shape.contains(.capitalized) || shape.contains(.allCaps)
    }

    /// Every token test answers false outside the text, so readers may look one token past
    /// either end without checking (the first sentence starts at token 0).
    func isWord(_ index: Int, in set: Set<String>) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .word && set.contains(lower(index))
    }

    /// The same for a list written in place (`isWord(i, in: ["if"])`): an array literal
    /// takes this overload rather than being ambiguous between a `Set` and a `WordClass`.
    func isWord(_ index: Int, in list: [String]) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .word && list.contains(lower(index))
    }

    /// `isWord(index, in: words.words)`, tested on the token's code units without making
    /// or hashing a `String`.
    func isWord(_ index: Int, in words: WordClass) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .word else { return false }
        let key = keys[index]
        if key != 0 { return words.contains(packed: key) }
        return isListed(index, in: words)
    }

    /// `words.words.contains(lower(index))`, whatever the token's kind (an index outside
    /// the text gives the empty word).
    func isListed(_ index: Int, in words: WordClass) -> Bool {
        guard tokens.indices.contains(index) else { return words.contains("") }
        // A short ASCII token was packed in `init`, lowered as `lower` lowers it.
        let key = keys[index]
        if key != 0 { return words.contains(packed: key) }
        let span = tokens[index].span
        // A word longer than every key (`according`, `officials`, `administration` against
        // pronouns, determiners, auxiliaries): no key to pack and probe for. Most tests that
        // reach here are such words, the short ones having been answered by their key.
        if words.isLonger(thanEveryKey: span.end - span.start) { return false }
        let folding = folds(index)
        return units.withUnsafeBufferPointer { units in
            if let answer = words.contains(units: units, span.start..<span.end, folding: folding) { return answer }
            return words.keysAreASCII && !Self.mayEqualASCII(units, span) ? false : nil
        } ?? words.words.contains(lower(index))
    }

    /// `words.contains(tokens[index].text)` (the text as written, not lowered), by the
    /// packed key when the token has no capitals to lower.
    func isText(_ index: Int, in words: WordClass) -> Bool {
        let key = keys[index]
        if key != 0, !folds(index) { return words.contains(packed: key) }
        return words.contains(tokens[index].text)
    }

    /// Whether the text of `units[span]`, or that text lower-cased, may equal (canonically)
    /// some ASCII text. Only if every unit is ASCII or one of four characters: U+037E, U+1FEF
    /// and the Kelvin sign U+212A decompose to `;`, `` ` `` and `K`, and U+0130 lowers to `i`
    /// and a dot. Any other character keeps a character beyond ASCII in the text's
    /// decomposition, however it is lowered (`WordClassListsTests` checks every character of
    /// the planes that have any), so the text can equal no ASCII key.
    @inline(__always)
    static func mayEqualASCII(_ units: UnsafeBufferPointer<UInt16>, _ span: TextSpan) -> Bool {
        for i in span.start..<span.end {
            let unit = units[i]
            if unit >= 0x80, unit != 0x037E, unit != 0x1FEF, unit != 0x212A, unit != 0x0130 { return false }
        }
        return true
    }

    func isPunctuation(_ index: Int, _ marks: Set<String>) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .punctuation && marks.contains(tokens[index].text)
    }

    /// The same for a list written in place (`isPunctuation(i, [",", "."])`).
    func isPunctuation(_ index: Int, _ marks: [String]) -> Bool {
        tokens.indices.contains(index) && tokens[index].kind == .punctuation && marks.contains(tokens[index].text)
    }

    /// `isPunctuation(index, marks.words)` by the token's code units.
    func isPunctuation(_ index: Int, _ marks: WordClass) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return false }
        // The packed key was lowered only for a token with capitals (none among marks).
        let key = keys[index]
        if key != 0, !folds(index) { return marks.contains(packed: key) }
        let span = tokens[index].span
        if marks.isLonger(thanEveryKey: span.end - span.start) { return false }
        return units.withUnsafeBufferPointer { units in
            if let answer = marks.contains(units: units, span.start..<span.end, folding: false) { return answer }
            return marks.keysAreASCII && !Self.mayEqualASCII(units, span) ? false : nil
        } ?? marks.words.contains(tokens[index].text)
    }

    /// Whether the token is a double quotation mark (straight, curly, or half of the NYT's
    /// `''`). Single marks are left out: most of them are apostrophes (`veterans' families`).
    func isQuoteMark(_ index: Int) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return false }
        // By the code units: every mark is one unit, and a one-unit token's text is that unit
        // (`isDoubleQuoteMark` on the text answers the same; no other text equals `'`).
        let span = tokens[index].span
        guard span.end - span.start == 1 else { return false }
        switch units[span.start] {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E: return true
        case 0x27: break
        default: return false
        }
        let next = index + 1 < tokens.count && isApostrophe(index + 1) && tokens[index + 1].span.start == span.end
        let previous = index > 0 && isApostrophe(index - 1) && tokens[index - 1].span.end == span.start
        return next || previous
    }

    /// `tokens[index].text == String(UnicodeScalar(mark))` for an ASCII `mark` (`,`, `)`),
    /// by the code units: a one-unit token that is the mark, or (rare) a non-ASCII unit
    /// whose text may still equal it canonically (U+037E is `;`), asked of the text.
    @inline(__always)
    func isMark(_ index: Int, _ mark: UInt8) -> Bool {
        let span = tokens[index].span
        guard span.end - span.start == 1 else { return false }
        let unit = units[span.start]
        if unit == UInt16(mark) { return true }
        return unit >= 0x80 && textIsMark(index, mark)
    }

    /// `isMark`'s rare case, out of line: the readers test marks in their loops.
    @inline(never)
    private func textIsMark(_ index: Int, _ mark: UInt8) -> Bool {
        tokens[index].text == String(UnicodeScalar(mark))
    }

    /// `tokens[index].text.hasSuffix(suffix)` for an ASCII `suffix`, by the code units when
    /// they settle it: false when the token's last units are not the suffix's (only the
    /// character itself is canonically equal to an ASCII letter or mark, so the last
    /// characters cannot match either), true when they are and every unit of the token is
    /// ASCII (one character a unit). Nil, for the caller to ask the `String`, when the token
    /// ends with the suffix's units but has units beyond ASCII (a prepended mark could join
    /// the suffix's first unit into one character). `TokenSuffixTests` compares it with
    /// `hasSuffix`.
    func textHasSuffix(_ index: Int, _ suffix: StaticString) -> Bool? {
        let span = tokens[index].span
        let count = suffix.utf8CodeUnitCount
        guard span.end - span.start >= count else { return false }
        let start = span.end - count
        return units.withUnsafeBufferPointer { units in
            let bytes = suffix.utf8Start
            for k in 0..<count where units[start + k] != UInt16(bytes[k]) { return false }
            var bits: UInt16 = 0
            for i in span.start..<start { bits |= units[i] }
            return bits < 0x80 ? true : nil
        }
    }

    /// How many code units the token spans (its `count` of characters when it is ASCII).
    @inline(__always)
    func unitCount(_ index: Int) -> Int {
        let span = tokens[index].span
        return span.end - span.start
    }

    /// `tokens[index].text == "'"`, by the code units.
    @inline(__always)
    private func isApostrophe(_ index: Int) -> Bool {
        let span = tokens[index].span
        return span.end - span.start == 1 && units[span.start] == 0x27
    }
}
