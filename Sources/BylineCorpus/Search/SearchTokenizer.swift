import BylineModel

/// Splits text into the case- and diacritic-folded tokens that search compares.
///
/// Letters and digits make tokens. Apostrophes join ("Russia's" -> "russias") and so does a
/// period followed by a letter or digit ("U.S." -> "us", "3.5" -> "35"), the same joins
/// `Slug` makes, so a query typed either way finds the text. Works on UTF-8 bytes with an
/// ASCII fast path: tokenizing is most of what indexing costs, and an ASCII token (nearly
/// all of them) is lowercased in place and hashed from its bytes without becoming a String.
public enum SearchTokenizer {
    public static func tokens(in text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each token in order; no intermediate array.
    public static func forEachToken(in text: String, _ body: (String) -> Void) {
        scan(text) { bytes, needsFolding in
            let token = String(decoding: bytes, as: UTF8.self)
            body(needsFolding ? fold(token) : token)
        }
    }

    /// Calls `body` with each token's `TermHash`, in order: what indexing needs, with no
    /// String made for an ASCII token. Same hashes as `TermHash.of` on `forEachToken`'s tokens.
    static func forEachTerm(in text: String, _ body: (UInt64) -> Void) {
        scan(text) { bytes, needsFolding in
            body(needsFolding ? TermHash.of(fold(String(decoding: bytes, as: UTF8.self))) : TermHash.of(bytes))
        }
    }

    /// Hands each token's bytes (ASCII already lowercased) to `body`, with whether it holds
    /// non-ASCII letters still to fold.
    private static func scan(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        var buffer = [UInt8](repeating: 0, count: 64)
        var count = 0
        var needsFolding = false
        text.utf8.withContiguousStorageIfAvailable { utf8 in
            func append(_ byte: UInt8) {
                if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
                buffer[count] = byte
                count += 1
            }
            func flush() {
                guard count > 0 else { return }
                buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count]), needsFolding) }
                count = 0
                needsFolding = false
            }
            var index = 0
            let end = utf8.count
            while index < end {
                let byte = utf8[index]
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        append(byte)
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        append(byte | 0x20)
                    case UInt8(ascii: "'"), UInt8(ascii: "."):
                        continue  // joins: a following letter extends this token
                    default:
                        flush()
                    }
                    continue
                }
                // A String's bytes are valid UTF-8: the lead byte gives the length.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard index + length <= end else { break }
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                let start = index
                index += length
                guard let scalar = Unicode.Scalar(value) else {
                    flush()
                    continue
                }
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || (scalar.properties.generalCategory == .nonspacingMark && count > 0)
                {
                    for offset in start..<index { append(utf8[offset]) }
                    needsFolding = true
                } else if value == 0x2019 {
                    continue  // ’ joins like '
                } else {
                    flush()
                }
            }
            flush()
        }
    }

    static func fold(_ token: String) -> String {
        // Folding can turn one scalar into letters plus marks; keep letters and digits only.
        let folded = token.folding()
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
