/// Reads a number: digits with inner separators followed by a digit (`1,000`, `3.5`,
/// `12:30`, `1996-08-30`, `24/7`) and trailing letters (`1990s`, `3rd`, `12Apr17`).
enum NumberReader {
    static func read(_ cursor: inout TextCursor) -> Bool {
        guard cursor.isDigit() else { return false }
        while let c = cursor.peek() {
            if CodeUnits.isDigit(c) || cursor.isWordScalar() {
                cursor.skipWordCharacters()
            } else if c == CodeUnits.period || c == CodeUnits.comma || c == CodeUnits.colon
                || c == CodeUnits.slash || CodeUnits.isJoiningHyphen(c), cursor.isDigit(at: 1)
            {
                cursor.advance()
            } else {
                break
            }
        }
        return true
    }
}
