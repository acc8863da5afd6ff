/// Splits an article's text into tokens with UTF-16 spans. Whitespace separates tokens and
/// is never part of one; each construct is read by its own reader, tried in order.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: ArticleText) -> [Token] {
        tokenize(units: text.utf16, in: 0..<text.utf16.count)
    }

    /// Tokens of `range` of `units`; spans are offsets into `units`.
    public func tokenize(units: [UInt16], in range: Range<Int>) -> [Token] {
        units.withUnsafeBufferPointer { tokenize(buffer: $0, in: range) }
    }

    /// `plainWords: false` leaves every token to the readers (the tests compare the two).
    func tokenize(buffer units: UnsafeBufferPointer<UInt16>, in range: Range<Int>, plainWords: Bool = true) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var cursor = TextCursor(units: units, start: range.lowerBound, end: range.upperBound)
        let small = SmallASCII.isAvailable
        let unitCount = units.count
        // Only read below `unitCount` (the loop runs only when the buffer holds units).
        guard let base = units.baseAddress, range.lowerBound < range.upperBound else { return tokens }
        while cursor.index < cursor.end {
            // The cursor's index stays within `units` (`TextCursor` clamps it), so the next
            // unit is read and stepped over without `peek`'s and `advance`'s bounds checks.
            let c = units[cursor.index]
            let start = cursor.index
            // An ASCII letter first: most tokens are plain words, and they no longer pass
            // the whitespace tests on the way.
            if plainWords, (c | 0x20) &- 0x61 < 26, let (end, shape) = Self.plainASCIIWord(units, from: start, end: cursor.end) {
                // Most words fit a small string, made here without the initialiser's checks;
                // read in blocks of four units when the buffer holds sixteen from the start.
                let count = end &- start
                let text =
                    small && count <= SmallASCII.maxCount
                    ? (start &+ 16 <= unitCount
                        ? SmallASCII.make(wide: base, start, count: count) : SmallASCII.make(units, start, end))
                    : Self.asciiString(units, start, end)
                tokens.append(Token(kind: .word, span: TextSpan(start: start, end: end), text: text, shape: shape))
                // The space after a word (most words have one) is stepped over here.
                cursor.index = end < cursor.end && units[end] == 0x20 ? end &+ 1 : end
                continue
            }
            if CodeUnits.isWhitespace(c) {
                cursor.index &+= 1
                continue
            }
            if plainWords, let mark = Self.singleMark(units, at: start, end: cursor.end, small: small) {
                tokens.append(mark)
                cursor.index = start &+ 1  // below `end`
                continue
            }
            if plainWords, c &- 0x30 < 10, let number = Self.plainASCIINumber(units, from: start, end: cursor.end, small: small) {
                tokens.append(number)
                cursor.index = number.span.end
                continue
            }
            tokens.append(Self.readToken(&cursor, units, small: small))
        }
        return tokens
    }

    /// Any other token, read by the readers in order. Kept out of `tokenize`'s loop: the
    /// loop stays small enough for the compiler to inline the plain-word path into it.
    @inline(never)
    static func readToken(_ cursor: inout TextCursor, _ units: UnsafeBufferPointer<UInt16>, small: Bool) -> Token {
        let start = cursor.index
        let kind: Token.Kind
        if DottedAbbreviationReader.read(&cursor) || WordReader.read(&cursor)
            || PossessiveReader.read(&cursor)
        {
            kind = .word
        } else if NumberReader.read(&cursor) {
            kind = .number
        } else if PunctuationReader.read(&cursor) {
            kind = .punctuation
        } else {
            _ = SymbolReader.read(&cursor)
            kind = .symbol
        }
        let span = TextSpan(start: start, end: cursor.index)
        // One ASCII unit (a period, a dash, a question mark): the shared one-character string.
        let text =
            span.length == 1 && units[start] < 0x80
            ? Self.asciiString(units[start], small: small) : StringMaking.string(units, span.start..<span.end)
        return Token(kind: kind, span: span, text: text, shape: TokenShape.of(units, span, kind))
    }

    /// Most tokens are plain ASCII words: letters (then letters or digits) ended by a space
    /// or by an ASCII mark that no reader would take into the word (not `-`, `'` or `&`, nor
    /// `.` after an initial or an abbreviation).
    /// For those the readers, the shape pass and the string's ASCII check would all
    /// give what this one scan gives; anything else returns nil and takes the readers.
    /// Its end and shape (the caller makes its text: returning a whole `Token` here cost a
    /// copy and a destroy of its string for every word).
    /// `units[start]` must be an ASCII letter: the caller tests it (tested again here, it
    /// cost about seven instructions a word).
    @inline(__always)
    static func plainASCIIWord(_ units: UnsafeBufferPointer<UInt16>, from start: Int, end: Int) -> (end: Int, shape: Token.Shape)? {
        let first = units[start]
        let firstIsUpper = first &- 0x41 < 26
        var hasLower = !firstIsUpper
        var hasUpper = firstIsUpper
        var hasDigit = false
        var i = start + 1
        while i < end {
            let c = units[i]
            if c &- 0x61 < 26 {
                hasLower = true
            } else if c &- 0x41 < 26 {
                hasUpper = true
            } else if c &- 0x30 < 10 {
                hasDigit = true
            } else {
                break
            }
            i &+= 1  // below `end`: cannot overflow (an overflow check per letter)
        }
        if i < end {
            let next = units[i]
            guard next < 0x80, next != CodeUnits.hyphen, next != CodeUnits.apostrophe, next != CodeUnits.ampersand
            else { return nil }
            // A period (a sentence's end, mostly) stays out of a word of two or more units
            // unless the word is an abbreviation that takes it, as the word reader rules; a
            // one-letter word may be an initial or start `a.m.`, so the readers take it.
            if next == CodeUnits.period, i - start < 2 || Abbreviations.takesPeriod(units, start..<i) { return nil }
        }
        var shape: Token.Shape = []
        if firstIsUpper { shape.insert(.capitalized) }
        if hasLower { shape.insert(.hasLower) } else if hasUpper { shape.insert(.allCaps) }
        if hasDigit { shape.insert(.hasDigit) }
        return (i, shape)
    }

    /// The string of ASCII `units[start..<end]`, by the standard initialiser.
    @inline(never)
    static func asciiString(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in start..<end { buffer[k - start] = UInt8(truncatingIfNeeded: units[k]) }
            return end - start
        }
    }

    /// A one-character ASCII mark: `,`, `"`, `(`, `:`, and `.`, `-`, `?`, `!` where no copy
    /// of themselves follows (the punctuation reader runs `...`, `--` and `?!` together).
    /// Not `'`, which may start `'s`. Its text is made in place, not transcoded.
    @inline(__always)
    static func singleMark(_ units: UnsafeBufferPointer<UInt16>, at start: Int, end: Int, small: Bool) -> Token? {
        let c = units[start]
        guard PunctuationReader.isASCIIPunctuation(c), c != CodeUnits.apostrophe else { return nil }
        if c == CodeUnits.period || c == CodeUnits.hyphen || c == 0x3F || c == 0x21 {
            // `start` is below `end`, so `start + 1` cannot overflow.
            let next: UInt16 = start &+ 1 < end ? units[start &+ 1] : 0
            if next == c || ((c == 0x3F || c == 0x21) && (next == 0x3F || next == 0x21)) { return nil }
        }
        return Token(
            kind: .punctuation, span: TextSpan(start: start, end: start &+ 1), text: asciiString(c, small: small), shape: [])
    }

    /// A number of ASCII digits and letters (`2017`, `1990s`, `12Apr17`) that the number
    /// reader would end where this scan ends: at the range's end, or at an ASCII mark that is
    /// not a separator (`.`, `,`, `:`, `/`, `-`) before a digit. Anything else (`3.5`, `1,000`,
    /// a letter beyond ASCII) returns nil and takes the readers. The shape is the one
    /// `TokenShape.of` gives those units. Called for tokens starting with a digit only.
    @inline(never)
    static func plainASCIINumber(_ units: UnsafeBufferPointer<UInt16>, from start: Int, end: Int, small: Bool) -> Token? {
        var shape: Token.Shape = .hasDigit
        var sawLetter = false
        var sawUpper = false
        var i = start
        while i < end {
            let c = units[i]
            if c &- 0x30 < 10 {
                // a digit
            } else if c &- 0x61 < 26 {
                sawLetter = true
                shape.insert(.hasLower)
            } else if c &- 0x41 < 26 {
                if !sawLetter { shape.insert(.capitalized) }
                sawLetter = true
                sawUpper = true
            } else {
                break
            }
            i &+= 1  // below `end`
        }
        if i < end {
            let next = units[i]
            guard next < 0x80 else { return nil }
            if next == CodeUnits.period || next == CodeUnits.comma || next == CodeUnits.colon
                || next == CodeUnits.slash || next == CodeUnits.hyphen,
                i &+ 1 < end, units[i &+ 1] &- 0x30 < 10
            {
                return nil
            }
        }
        if sawUpper && !shape.contains(.hasLower) { shape.insert(.allCaps) }
        let text = small && i &- start <= SmallASCII.maxCount ? SmallASCII.make(units, start, i) : asciiString(units, start, i)
        return Token(kind: .number, span: TextSpan(start: start, end: i), text: text, shape: shape)
    }

    /// The one-character string of ASCII unit `c`: made in place as a small string (no
    /// table lookup, no retain of the table's string), or taken from the table.
    @inline(__always)
    static func asciiString(_ c: UInt16, small: Bool) -> String {
        small ? SmallASCII.single(c) : asciiStrings[Int(c)]
    }

    /// `asciiStrings[c]` is the one-character string of ASCII code `c`.
    static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}
