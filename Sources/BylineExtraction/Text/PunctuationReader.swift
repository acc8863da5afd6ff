/// Reads one punctuation mark, with the runs that belong together: an ellipsis (`...`),
/// a double hyphen (`--`), repeated `?!`.
enum PunctuationReader {
    static func read(_ cursor: inout TextCursor) -> Bool {
        guard let c = cursor.peek(), isPunctuation(c) else { return false }
        cursor.advance()
        // Two plain loops rather than one over a chosen closure: the closure was built and
        // called through a context for every period in the text.
        if c == CodeUnits.period || c == CodeUnits.hyphen {
            while let next = cursor.peek(), next == c { cursor.advance() }
        } else if c == 0x3F || c == 0x21 {
            while let next = cursor.peek(), next == 0x3F || next == 0x21 { cursor.advance() }
        }
        return true
    }

    static func isPunctuation(_ c: UInt16) -> Bool {
        if c < 0x80 {
            switch c {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return !isASCIISymbol(c)
            default: return false
            }
        }
        switch c {
        case 0x2010...0x2027, 0x2030...0x205E, 0x00A1, 0x00A7, 0x00AB, 0x00B6, 0x00B7, 0x00BB, 0x00BF,
            0x3001...0x3003, 0x300C...0x300F:
            return true
        default: return false
        }
    }

    /// `isPunctuation` of an ASCII unit (false beyond ASCII) as one bit test: bit `c` of the
    /// mask (units 0...63 in the first word, 64...127 in the second). A test checks the bits
    /// against `isPunctuation` for every ASCII unit.
    @inline(__always)
    static func isASCIIPunctuation(_ c: UInt16) -> Bool {
        if c < 64 { return (0x8C00_F7EE_0000_0000 as UInt64) >> UInt64(c) & 1 != 0 }
        return c < 128 && (0x2800_0000_B800_0001 as UInt64) >> UInt64(c &- 64) & 1 != 0
    }

    /// `$ % + < = > ^ | ~` and the like are symbols, not punctuation.
    static func isASCIISymbol(_ c: UInt16) -> Bool {
        c == 0x24 || c == 0x2B || c == 0x3C || c == 0x3D || c == 0x3E || c == 0x5E || c == 0x7C
            || c == 0x7E || c == 0x60
    }
}

/// Reads any other visible character as a symbol, with the modifiers and zero-width joiners
/// that make one emoji (`👍🏽`, `👨‍👩‍👧`) so it stays one token.
enum SymbolReader {
    static func read(_ cursor: inout TextCursor) -> Bool {
        guard let (_, length) = cursor.scalar() else {
            cursor.advance()  // an unpaired surrogate: one symbol unit, never a crash
            return true
        }
        cursor.advance(length)
        while let (next, nextLength) = cursor.scalar(), CodeUnits.continuesSymbol(next) {
            cursor.advance(nextLength)
            if next.value == 0x200D, let (joined, joinedLength) = cursor.scalar(),
                !CodeUnits.isWordScalar(joined)
            {
                cursor.advance(joinedLength)
            }
        }
        return true
    }
}
