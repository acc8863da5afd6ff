extension BylineReader {
    /// A byline's comma-, semicolon-, bar-, dash- or bullet-separated pieces, trimmed of
    /// spaces and hyphens. An all-capitals byline ("BY JANE DOE AND JOHN ROE") would read as
    /// acronyms: it is recapitalised first.
    static func splitPieces(_ text: String) -> [String] {
        if let pieces = ScalarText.withSimpleBytes(text, splitSimplePieces), let pieces { return pieces }
        let isShouting = !text.contains(where: \.isLowercase) && text.split(separator: " ").count >= 3
        let text = isShouting ? text.lowercased().capitalized : text
        let separators: Set<Character> = [",", ";", "|", "\u{2014}", "\u{2013}", "\u{2022}"]
        return text.split(whereSeparator: separators.contains).map { $0.trimming(" -") }
    }

    /// `splitPieces` from the bytes of simple text (`ScalarText`); `nil` for a shouted byline,
    /// which the `Character` path recapitalises.
    static func splitSimplePieces(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var hasLowercase = false
        var words = 0
        var inWord = false
        var index = 0
        while index < bytes.count {
            let (value, length) = ScalarText.scalar(at: index, in: bytes)
            if value < 0x80 {
                if (0x61...0x7A).contains(value) { hasLowercase = true }
            } else if ScalarText.character(at: index, in: bytes).isLowercase {
                hasLowercase = true
            }
            if value == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            index += length
        }
        if !hasLowercase && words >= 3 { return nil }
        var pieces: [String] = []
        func add(_ start: Int, _ end: Int) {
            var first = start
            var last = end
            while first < last, bytes[first] == 0x20 || bytes[first] == UInt8(ascii: "-") { first += 1 }
            while last > first, bytes[last - 1] == 0x20 || bytes[last - 1] == UInt8(ascii: "-") { last -= 1 }
            pieces.append(ScalarText.string(bytes, first..<last))
        }
        var start = 0
        index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "|") {
                if index > start { add(start, index) }
                index += 1
                start = index
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93 || bytes[index + 2] == 0xA2  // — – •
            {
                if index > start { add(start, index) }
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        if bytes.count > start { add(start, bytes.count) }
        return pieces
    }

    /// `piece.lowercased().hasPrefix("by ")`, from the bytes when the piece is simple.
    static func startsWithBy(_ piece: String) -> Bool {
        ScalarText.withSimpleBytes(piece) { bytes in
            bytes.count >= 3 && bytes[0] | 0x20 == UInt8(ascii: "b") && bytes[1] | 0x20 == UInt8(ascii: "y")
                && bytes[2] == 0x20
        } ?? piece.lowercased().hasPrefix("by ")
    }
}
