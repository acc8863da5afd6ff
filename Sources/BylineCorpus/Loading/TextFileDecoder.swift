/// Bytes of a text file -> a Swift string: UTF-8 (byte order mark dropped), UTF-16 with a byte
/// order mark, else Windows-1252, the usual encoding of older scraped news that is not UTF-8.
public enum TextFileDecoder {
    public enum Failure: Error, Sendable, Hashable {
        case empty
        case notText
    }

    public struct Decoded: Sendable, Hashable {
        public var text: String
        public var usedWindows1252: Bool
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        let text: String
        var fallback = false
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = try utf8OrWindows1252(bytes.dropFirst(3), fallback: &fallback)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF)
        } else {
            text = try utf8OrWindows1252(bytes[...], fallback: &fallback)
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        guard looksLikeText(text) else { throw .notText }
        return Decoded(text: text, usedWindows1252: fallback)
    }

    private static func utf8OrWindows1252(_ bytes: ArraySlice<UInt8>, fallback: inout Bool) throws(Failure) -> String {
        if bytes.contains(0) { throw .notText }  // NUL never appears in text in these encodings
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        fallback = true
        return Windows1252.decode(bytes)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Text has few control characters besides tab, line feed, carriage return and form feed;
    /// binary data decoded as Windows-1252 has many.
    static func looksLikeText(_ text: String) -> Bool {
        var total = 0
        var control = 0
        for scalar in text.unicodeScalars {
            total += 1
            let value = scalar.value
            if (value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(value)) || (0x7F...0x9F).contains(value)
                || value == 0xFFFD
            {
                control += 1
            }
        }
        return control * 100 <= total  // at most 1%
    }
}
