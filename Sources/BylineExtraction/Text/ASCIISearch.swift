import Foundation

/// `haystack.contains(needle)` (Foundation's substring search) with a byte search when both
/// strings are ASCII without carriage returns: there every byte is a character of its own and
/// canonically equal to no other, so the byte search finds exactly what Foundation's finds.
/// Foundation's search builds its searcher per call, which cost `TitleResolver` most of its time.
enum ASCIISearch {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        let answer = haystack.withUTF8 { text in
            needle.withUTF8 { word -> Bool? in
                guard !word.isEmpty, isPlain(text), isPlain(word) else { return nil }
                guard word.count <= text.count else { return false }
                let first = word[0]
                var start = 0
                while start <= text.count - word.count {
                    if text[start] == first {
                        var k = 1
                        while k < word.count, text[start + k] == word[k] { k += 1 }
                        if k == word.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
        return answer ?? haystack.contains(needle)
    }

    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var bits: UInt8 = 0
        var hasCR = false
        for byte in bytes {
            bits |= byte
            hasCR = hasCR || byte == 0x0D
        }
        return bits < 0x80 && !hasCR
    }
}
