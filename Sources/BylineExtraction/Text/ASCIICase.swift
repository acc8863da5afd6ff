/// `String.lowercased()` for the text the rules lower-case over and over (entity names,
/// capitalised tokens): ASCII text is lowered byte by byte into a new string (ASCII letters
/// map to ASCII letters, and nothing else changes), any other text takes Unicode's mapping.
enum ASCIICase {
    static func lowercased(_ text: String) -> String {
        var text = text
        let lowered = text.withUTF8 { bytes -> String? in
            guard ASCIIBytes.areASCII(bytes) else { return nil }
            if bytes.count <= SmallASCII.maxCount, bytes.count > 0, SmallASCII.isAvailable {
                return SmallASCII.lowered(bytes)
            }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for i in 0..<bytes.count {
                    let byte = bytes[i]
                    buffer[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
        return lowered ?? text.lowercased()
    }

    /// `text.split(separator: " ").last`: the last run of non-spaces. Found by bytes when the
    /// text is simple (`ScalarText`: ASCII and precomposed Latin, each scalar a character of
    /// its own, so a byte 0x20 is the character " "); other text keeps the `Character` split
    /// (a space followed by a combining mark is not " ").
    static func lastWord(_ text: String) -> String? {
        let found = ScalarText.withSimpleBytes(text) { bytes -> Range<Int>? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return nil }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            return start..<end
        }
        guard let found else { return text.split(separator: " ").last.map(String.init) }
        guard let range = found else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(text[start..<utf8.index(start, offsetBy: range.count)])
    }
}
