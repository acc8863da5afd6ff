/// Reads a word: letters and marks (digits may follow), parts joined by hyphens
/// (`Jean-Claude`, `al-Assad`) or apostrophes (`O'Brien`, `didn't`), but not the possessive
/// `'s`, which becomes its own token. A known abbreviation (`Mr.`) or a single capital
/// (an initial, `J.`) takes the period after it.
enum WordReader {
    static func read(_ cursor: inout TextCursor) -> Bool {
        let start = cursor.index
        guard cursor.isWordScalar() else { return false }
        cursor.skipWordCharacters()
        while let c = cursor.peek() {
            if CodeUnits.isJoiningHyphen(c), cursor.isWordScalar(at: 1) || cursor.isDigit(at: 1) {
                cursor.advance()
                cursor.skipWordCharacters()
            } else if c == CodeUnits.ampersand, isShortCapitals(cursor.units, start..<cursor.index),
                let after = cursor.peek(1), after &- 0x41 < 26
            {
                cursor.advance()  // `S&P`, `AT&T`, `Q&A`: capitals joined by `&` are one name
                cursor.skipWordCharacters()
            } else if CodeUnits.isApostrophe(c), cursor.isWordScalar(at: 1),
                !PossessiveReader.isPossessive(cursor, at: 0)
            {
                cursor.advance()
                cursor.skipWordCharacters()
            } else {
                break
            }
        }
        if cursor.peek() == CodeUnits.period {
            let length = cursor.index - start
            let isInitial = length == 1 && CodeUnits.isASCIILetter(cursor.units[start]) && cursor.units[start] < 0x61
            if isInitial
                || Abbreviations.takesPeriod(cursor.units, start..<cursor.index)
            {
                cursor.advance()
            }
        }
        return true
    }

    /// One to three ASCII capitals: the left side of `S&P`, `AT&T`, not of `Smith&Wesson`.
    static func isShortCapitals(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        (1...3).contains(range.count) && range.allSatisfy { units[$0] &- 0x41 < 26 }
    }
}

/// Reads the possessive clitic `'s` / `’s` (and `'S` in capitals) standing on its own.
enum PossessiveReader {
    /// Whether an apostrophe `offset` units ahead starts `'s` that no letter continues.
    static func isPossessive(_ cursor: TextCursor, at offset: Int) -> Bool {
        guard let a = cursor.peek(offset), CodeUnits.isApostrophe(a),
            let s = cursor.peek(offset + 1), s == 0x73 || s == 0x53
        else { return false }
        return !cursor.isWordScalar(at: offset + 2) && !cursor.isDigit(at: offset + 2)
    }

    static func read(_ cursor: inout TextCursor) -> Bool {
        guard isPossessive(cursor, at: 0) else { return false }
        cursor.advance(2)
        return true
    }
}
