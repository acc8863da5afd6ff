extension ArticleText {
    /// The same value as `init(paragraphs:)`, built with less work: the UTF-16 code units
    /// are written paragraph by paragraph (ASCII bytes widened directly) instead of being
    /// read back through the joined string's UTF-16 view, which cost about as much as
    /// tokenizing the article.
    init(joining paragraphs: [String]) {
        var units: [UInt16] = []
        var spans: [TextSpan] = []
        spans.reserveCapacity(paragraphs.count)
        units.reserveCapacity(paragraphs.reduce(2 * paragraphs.count) { $0 + $1.utf8.count })
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                units.append(0x0A)
                units.append(0x0A)
            }
            let start = units.count
            Self.appendUTF16(of: paragraph, to: &units)
            spans.append(TextSpan(start: start, end: units.count))
        }
        self.text = paragraphs.joined(separator: "\n\n")
        self.utf16 = units
        self.paragraphs = spans
    }

    private static func appendUTF16(of string: String, to units: inout [UInt16]) {
        let widened =
            string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                for byte in bytes where byte >= 0x80 { return false }
                let start = units.count
                units.append(contentsOf: repeatElement(0, count: bytes.count))
                units.withUnsafeMutableBufferPointer { out in
                    for (offset, byte) in bytes.enumerated() { out[start + offset] = UInt16(byte) }
                }
                return true
            } ?? false
        if !widened { units.append(contentsOf: string.utf16) }
    }
}
