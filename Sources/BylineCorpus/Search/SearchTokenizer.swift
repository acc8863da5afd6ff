import BylineModel

/// Splits text into the case- and diacritic-folded tokens that search compares.
///
/// Letters and digits make tokens. Apostrophes join ("Russia's" -> "russias") and so does a
/// period followed by a letter or digit ("U.S." -> "us", "3.5" -> "35"), the same joins
/// `Slug` makes, so a query typed either way finds the text. Works on UTF-8 bytes with an
/// ASCII fast path: tokenizing is most of what indexing costs.
public enum SearchTokenizer {
    public static func tokens(in text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each token in order; no intermediate array.
    public static func forEachToken(in text: String, _ body: (String) -> Void) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        var needsFolding = false
        func flush() {
            guard !buffer.isEmpty else { return }
            let token = String(decoding: buffer, as: UTF8.self)
            body(needsFolding ? fold(token) : token)
            buffer.removeAll(keepingCapacity: true)
            needsFolding = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    buffer.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    buffer.append(byte | 0x20)
                case UInt8(ascii: "'"), UInt8(ascii: "."):
                    continue  // joins: a following letter extends this token
                default:
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (scalar.properties.generalCategory == .nonspacingMark && !buffer.isEmpty)
            {
                if let encoded = UTF8.encode(scalar) { buffer.append(contentsOf: encoded) }
                needsFolding = true
            } else if value == 0x2019 {
                continue  // ’ joins like '
            } else {
                flush()
            }
        }
        flush()
    }

    static func fold(_ token: String) -> String {
        // Folding can turn one scalar into letters plus marks; keep letters and digits only.
        let folded = token.folding()
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
