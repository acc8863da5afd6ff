import Glibc

/// Request heads an event loop has parsed and then answered from the reuse cache, byte for
/// byte: when the same bytes arrive again (wrk, a polling client, a busy page's fetches), the
/// parser is at a request boundary, and the parser is deterministic, they would parse to the
/// same request, so the loop answers by `ReuseKey` without parsing (`Connection+Repeat`).
/// Loop-confined (no lock), bounded: emptied when full.
struct RepeatedHeads {
    struct Known {
        let bytes: [UInt8]
        let key: ReuseKey
        let path: String
    }

    static let maxEntries = 256
    static let maxHeadLength = 1024

    private var entries: [UInt64: Known] = [:]

    var isEmpty: Bool { entries.isEmpty }

    func match(_ bytes: UnsafeRawBufferPointer) -> Known? {
        guard let known = entries[Self.hash(bytes)], known.bytes.count == bytes.count else { return nil }
        let same = known.bytes.withUnsafeBytes { stored in
            guard let left = stored.baseAddress, let right = bytes.baseAddress else { return false }
            return memcmp(left, right, bytes.count) == 0
        }
        return same ? known : nil
    }

    /// Remembers a head that parsed to the request `key` came from. Only heads that are
    /// exactly one header section (no empty lines before the request line, CRLF endings, the
    /// first CRLFCRLF at the end) are kept, so matching by `bufferedHeadAtBoundary` finds them.
    mutating func learn(_ bytes: UnsafeRawBufferPointer, key: ReuseKey, path: String) {
        let count = bytes.count
        guard count >= 4, count <= Self.maxHeadLength, bytes[0] != ASCII.cr, bytes[0] != ASCII.lf,
            bytes[count - 4] == ASCII.cr, bytes[count - 3] == ASCII.lf,
            bytes[count - 2] == ASCII.cr, bytes[count - 1] == ASCII.lf
        else { return }
        for index in 3..<(count - 1)
        where bytes[index] == ASCII.lf && bytes[index - 1] == ASCII.cr && bytes[index - 2] == ASCII.lf
            && bytes[index - 3] == ASCII.cr
        {
            return
        }
        if entries.count >= Self.maxEntries { entries.removeAll(keepingCapacity: true) }
        entries[Self.hash(bytes)] = Known(bytes: Array(bytes), key: key, path: path)
    }

    /// 64-bit multiply-xor over 8-byte words: a table key only; equality is checked in full.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0
        while index < bytes.count {
            tail = (tail << 8) | UInt64(bytes[index])
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 32)
    }
}
