import BylineExtraction

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
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8OrWindows1252(bytes, from: 3)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let text = utf16(bytes.dropFirst(2), littleEndian: bytes[0] == 0xFF)
            try check(text, looksLikeText: looksLikeText(text))
            return Decoded(text: text, usedWindows1252: false)
        } else {
            return try utf8OrWindows1252(bytes, from: 0)
        }
    }

    /// Throws `.empty` for text of white space only, then `.notText` unless it looks like text.
    private static func check(_ text: String, looksLikeText: @autoclosure () -> Bool) throws(Failure) {
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        guard looksLikeText() else { throw .notText }
    }

    /// UTF-8 text is judged from the bytes it came as (`Census`), in one pass that also finds
    /// a NUL: walking the decoded string's scalars cost about 1.4% of a whole load. The bytes
    /// are validated by `UTF8Validation`, which passes ASCII a word at a time (the standard
    /// library's check went a byte at a time through any file holding one accented letter).
    private static func utf8OrWindows1252(_ bytes: [UInt8], from start: Int) throws(Failure) -> Decoded {
        let (census, validated) = bytes.withUnsafeBufferPointer { all in
            let body = UnsafeBufferPointer(rebasing: all[start...])
            let census = Census(body)
            // NUL never appears in text in these encodings: no need to decode.
            return (census, census.hasNUL ? nil : UTF8Validation.string(validating: body))
        }
        if census.hasNUL { throw .notText }
        if let text = validated {
            try check(text, looksLikeText: census.looksLikeText)
            return Decoded(text: text, usedWindows1252: false)
        }
        let text = Windows1252.decode(bytes[start...])
        try check(text, looksLikeText: looksLikeText(text))
        return Decoded(text: text, usedWindows1252: true)
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
