extension Lexicon {
    /// Calls `body` with the tab-separated fields of each non-empty, non-comment line of
    /// `contents`: what `split(separator: "\n")`, `hasPrefix("#")` and
    /// `split(separator: "\t", omittingEmptySubsequences: false)` give, found in the UTF-8
    /// bytes (`forEachRow(ofUTF8:_:)`).
    static func forEachRow(of contents: String, _ body: ([Substring]) -> Void) {
        let utf8 = contents.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var fields: [Substring] = []
        forEachRow(ofUTF8: contents) { row in
            fields.removeAll(keepingCapacity: true)
            for field in row.fields { fields.append(contents[index(field.lowerBound)..<index(field.upperBound)]) }
            body(fields)
        }
    }

    /// `forEachRow(of:_:)` without a `Substring` or `String` per field: each row is byte
    /// ranges into the text's UTF-8, read in place (`Row`). A line feed (except after a
    /// carriage return, with which it forms one character) and a tab always stand alone as
    /// characters (Unicode's grapheme rules GB3-GB5), so their byte positions are character
    /// boundaries. Splitting by characters was most of the lexicon's loading, which every
    /// process does once.
    static func forEachRow(ofUTF8 contents: String, _ body: (Row) -> Void) {
        var text = contents
        text.withUTF8 { bytes in
            // The fields of the line being read: entries past `count` are left over from
            // longer lines, overwritten rather than removed (no call per line).
            var fields: [Range<Int>] = []
            var count = 0
            func add(_ field: Range<Int>) {
                if count < fields.count { fields[count] = field } else { fields.append(field) }
                count += 1
            }
            var lineStart = 0
            var fieldStart = 0
            let end = bytes.count
            // One step past the end, where the last line ends whatever precedes it.
            for i in 0...end {
                let byte = i < end ? bytes[i] : 0x0A
                if byte == 0x09 {
                    add(fieldStart..<i)
                    fieldStart = i + 1
                    continue
                }
                guard byte == 0x0A, i == end || i == 0 || bytes[i - 1] != 0x0D else { continue }
                if i > lineStart, bytes[lineStart] != UInt8(ascii: "#") || !isComment(bytes, lineStart..<i) {
                    add(fieldStart..<i)
                    fields.withUnsafeBufferPointer { body(Row(bytes: bytes, fields: UnsafeBufferPointer(rebasing: $0[..<count]))) }
                }
                count = 0
                lineStart = i + 1
                fieldStart = i + 1
            }
        }
    }

    /// The number of line feeds in `contents`, plus one: at least as many as its rows.
    static func lineCountBound(_ contents: String) -> Int {
        var text = contents
        return text.withUTF8 { bytes in
            var lines = 1
            for byte in bytes where byte == 0x0A { lines += 1 }
            return lines
        }
    }

    /// Whether a line that starts with the byte `#` starts with the character `#`: always
    /// when ASCII follows (an ASCII code point never extends the character before it);
    /// otherwise as `String` says (a combining mark makes `#` part of another character).
    private static func isComment(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        if line.count == 1 || bytes[line.lowerBound + 1] < 0x80 { return true }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self).hasPrefix("#")
    }

    /// One row of a list: its fields as byte ranges into the list's UTF-8, valid only inside
    /// the `forEachRow(ofUTF8:_:)` call that gives it.
    struct Row {
        let bytes: UnsafeBufferPointer<UInt8>
        let fields: UnsafeBufferPointer<Range<Int>>

        var count: Int { fields.count }

        func field(_ i: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[fields[i]]) }

        /// Field `i` as a `String`: what `String(substring)` gives (the text is valid UTF-8,
        /// and fields end at ASCII bytes).
        func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

        /// Whether field `i` equals `ascii` as a `String` (canonically): byte for byte when
        /// the field is ASCII, else by `String` comparison.
        func field(_ i: Int, is ascii: StaticString) -> Bool {
            let field = field(i)
            guard field.allSatisfy({ $0 < 0x80 }) else { return string(i) == ascii.description }
            return ascii.withUTF8Buffer { field.elementsEqual($0) }
        }

        /// `Int(field) ?? 0`: decimal digits read in place, anything else (a sign, a space,
        /// too many digits to be sure of) through `Int(_:)`.
        func integer(_ i: Int) -> Int {
            let field = field(i)
            if !field.isEmpty, field.count <= 18, field.allSatisfy({ $0 &- 0x30 < 10 }) {
                return field.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            }
            return Int(string(i)) ?? 0
        }
    }
}
