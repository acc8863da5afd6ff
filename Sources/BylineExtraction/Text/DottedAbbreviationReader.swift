/// Reads letters each followed by a period: `U.S.`, `U.N.`, `J.R.R.`, `e.g.`, `a.m.`.
/// Needs at least two letter-period groups; rewinds otherwise, so `A.` is left to the
/// word reader (an initial) and `St.` to the abbreviation list.
enum DottedAbbreviationReader {
    static func read(_ cursor: inout TextCursor) -> Bool {
        guard cursor.peek(1) == CodeUnits.period else { return false }
        let start = cursor.index
        var groups = 0
        while isSingleLetter(cursor), cursor.peek(1) == CodeUnits.period {
            cursor.advance(2)
            groups += 1
        }
        guard groups >= 2 else {
            cursor.index = start
            return false
        }
        // `U.S.A` without its last period: the final letter belongs to the abbreviation.
        if isSingleLetter(cursor), !cursor.isDigit(at: 1) { cursor.advance() }
        return true
    }

    /// A one-code-unit letter not followed by another letter.
    private static func isSingleLetter(_ cursor: TextCursor) -> Bool {
        guard let (_, length) = cursor.scalar(), length == 1 else { return false }
        return cursor.isWordScalar() && !cursor.isWordScalar(at: 1)
    }
}
