extension Lexicon {
    /// Calls `body` with the tab-separated fields of each non-empty, non-comment line of
    /// `contents`: what `split(separator: "\n")`, `hasPrefix("#")` and
    /// `split(separator: "\t", omittingEmptySubsequences: false)` give, found in the UTF-8
    /// bytes. A line feed (except after a carriage return, with which it forms one
    /// character) and a tab always stand alone as characters (Unicode's grapheme rules
    /// GB3-GB5), so their byte positions are character boundaries. Splitting by characters
    /// was most of the lexicon's loading, which every process does once.
    static func forEachRow(of contents: String, _ body: ([Substring]) -> Void) {
        let utf8 = contents.utf8
        let bytes = Array(utf8)
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var fields: [Substring] = []
        var lineStart = 0
        var fieldStart = 0
        func endLine(_ end: Int) {
            defer {
                fields.removeAll(keepingCapacity: true)
                lineStart = end + 1
                fieldStart = end + 1
            }
            guard end > lineStart else { return }
            if bytes[lineStart] == UInt8(ascii: "#"), contents[index(lineStart)..<index(end)].hasPrefix("#") { return }
            fields.append(contents[index(fieldStart)..<index(end)])
            body(fields)
        }
        for (i, byte) in bytes.enumerated() {
            if byte == 0x09 {
                fields.append(contents[index(fieldStart)..<index(i)])
                fieldStart = i + 1
            } else if byte == 0x0A, i == 0 || bytes[i - 1] != 0x0D {
                endLine(i)
            }
        }
        endLine(bytes.count)
    }
}
