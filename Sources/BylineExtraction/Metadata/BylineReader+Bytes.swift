extension BylineReader {
    /// `readUnmarked` from the bytes of simple text (`ScalarText`: a character is one scalar,
    /// so commas, spaces and a final period are bytes): two non-empty runs between commas,
    /// at most eight words, no final period, a person then an organisation.
    static func readUnmarked(simple bytes: UnsafeBufferPointer<UInt8>) -> Byline? {
        var parts: (Range<Int>, Range<Int>) = (0..<0, 0..<0)
        var count = 0
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: ",") {
            if index > start {
                count += 1
                guard count <= 2 else { return nil }
                if count == 1 { parts.0 = start..<index } else { parts.1 = start..<index }
            }
            start = index + 1
        }
        var words = 0
        for _ in SpaceSeparatedWords(bytes) { words += 1 }
        guard count == 2, words <= 8, bytes.last != UInt8(ascii: ".") else { return nil }
        func trimmed(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
            var first = range.lowerBound
            var last = range.upperBound
            while first < last, bytes[first] == 0x20 { first += 1 }
            while last > first, bytes[last - 1] == 0x20 { last -= 1 }
            return UnsafeBufferPointer(rebasing: bytes[first..<last])
        }
        let person = trimmed(parts.0)
        let organization = trimmed(parts.1)
        guard NameShape.of(simple: person) == .person, NameShape.of(simple: organization) == .organization else { return nil }
        return Byline(
            authors: [String(decoding: person, as: UTF8.self)], outlet: OutletName(String(decoding: organization, as: UTF8.self)))
    }
}
