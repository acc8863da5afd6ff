/// Phrase search over UTF-8 bytes for the cleaner's fixed English phrases: far cheaper than
/// `String.contains` (which goes through Foundation on Linux) on every paragraph of a corpus.
enum ByteSearch {
    /// The text's UTF-8 bytes with ASCII letters lowercased (other bytes unchanged).
    static func lowercasedASCII(_ text: String) -> [UInt8] {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                count = bytes.count
            }
        }
        return copied ?? text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }

    /// Whether `needle` (lowercase) occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        end(of: needle, in: haystack) != nil
    }

    /// The offset just past the first occurrence of `needle` in `haystack`.
    static func end(of needle: String, in haystack: [UInt8]) -> Int? {
        end(of: Array(needle.utf8), in: haystack)
    }

    /// `end(of:in:)` of a needle already in bytes (callers with fixed phrases keep them so).
    static func end(of pattern: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = pattern.first, pattern.count <= haystack.count else { return pattern.isEmpty ? 0 : nil }
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < pattern.count, haystack[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return index + pattern.count }
            }
            index += 1
        }
        return nil
    }

    /// Whether `bytes` start with `prefix` (lowercase ASCII), ASCII letters compared without case.
    static func hasPrefixIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
        var index = 0
        for expected in prefix.utf8 {
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            guard ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == expected else { return false }
            index += 1
        }
        return true
    }
}
