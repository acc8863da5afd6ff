#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings kept for the life of a snapshot, stored back to back in one buffer: a String
/// longer than 15 bytes is a heap object of its own, and tens of thousands of them, made
/// while a load's working memory is at its peak, pin pages all over the heap that the
/// allocator can then never hand back. Here they cost one allocation and an offset each.
struct StringTable: Sendable {
    private(set) var bytes: [UInt8] = []
    /// `ends[i]` is where string `i` ends; it starts where the previous one ends.
    private(set) var ends: [Int32] = []

    var count: Int { ends.count }

    subscript(index: Int32) -> String {
        let start = index == 0 ? 0 : Int(ends[Int(index) - 1])
        return String(decoding: bytes[start..<Int(ends[Int(index)])], as: UTF8.self)
    }

    /// Adds `string` (duplicates too: see `StringInterner`) and returns its index.
    mutating func append(_ string: String) -> Int32 {
        bytes.append(contentsOf: string.utf8)
        ends.append(Int32(bytes.count))
        return Int32(ends.count - 1)
    }

    /// Drops spare capacity: the table is done growing.
    mutating func shrink() {
        bytes = bytes.trimmed()
        ends = ends.trimmed()
    }

    /// Whether string `index` has exactly these UTF-8 bytes.
    func equals(_ index: Int32, _ utf8: String.UTF8View) -> Bool {
        let start = index == 0 ? 0 : Int(ends[Int(index) - 1])
        return bytes[start..<Int(ends[Int(index)])].elementsEqual(utf8)
    }

    /// Whether string `index` has exactly these UTF-8 bytes.
    func equals(_ index: Int32, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index == 0 ? 0 : Int(ends[Int(index) - 1])
        let end = Int(ends[Int(index)])
        guard end - start == utf8.count else { return false }
        guard let other = utf8.baseAddress, utf8.count > 0 else { return true }
        return bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memcmp(base + start, other, utf8.count) == 0
        }
    }

    /// FNV-1a of string `index`'s bytes (the same as `TermHash.of` on it).
    func fnv(_ index: Int32) -> UInt64 {
        let start = index == 0 ? 0 : Int(ends[Int(index) - 1])
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes[start..<Int(ends[Int(index)])] {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Adds every string's UTF-8 and where each ends to a snapshot's digest.
    func digest(into digest: inout ContentDigest) {
        digest.add(bytes)
        digest.add(ends)
    }
}
