/// Short ASCII strings made straight in the standard library's small-string form: a `String`
/// of up to 15 UTF-8 bytes keeps them inline in its two words, with the count and an "ASCII,
/// small" mark in the top byte, and needs no allocation. `String(unsafeUninitializedCapacity:)`
/// makes the same value but validates the bytes and sets up the buffer again (about 120
/// instructions for a plain word, half the tokenizer's cost); here the bytes are already
/// known to be ASCII.
///
/// The layout is the standard library's, not a public API, so it is checked once against
/// strings the standard library makes itself (every length, on this very runtime): only when
/// they agree bit for bit does `isAvailable` let callers use it, and then every string made
/// here is identical to the one `String(decoding:as:)` would make. Elsewhere callers take the
/// ordinary initialiser.
enum SmallASCII {
    static let maxCount = 15

    static let isAvailable: Bool = layoutMatches()

    /// The string of `units[start..<end]`, each below 0x80, `1...maxCount` of them. Only when
    /// `isAvailable`.
    @inline(__always)
    static func make(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> String {
        let count = end - start
        var low: UInt64 = 0
        var high: UInt64 = 0
        var k = 0
        // Four units at a time (one 64-bit load packed to four bytes), then one at a time.
        if let base = units.baseAddress {
            let raw = UnsafeRawPointer(base + start)
            while k + 4 <= count {
                let four = raw.loadUnaligned(fromByteOffset: 2 * k, as: UInt64.self)
                let packed = (four & 0xFF) | (four >> 8 & 0xFF00) | (four >> 16 & 0xFF_0000) | (four >> 24 & 0xFF00_0000)
                if k < 8 { low |= packed << (8 * UInt64(k)) } else { high |= packed << (8 * UInt64(k - 8)) }
                k &+= 4
            }
        }
        while k < count {
            let byte = UInt64(truncatingIfNeeded: units[start &+ k])
            if k < 8 { low |= byte << (8 * UInt64(k)) } else { high |= byte << (8 * UInt64(k - 8)) }
            k &+= 1
        }
        return string(low: low, high: high, count: count)
    }

    /// `make(units, start, start + count)` when the sixteen units from `start` all lie in the
    /// buffer (the tokenizer's case for every word but those at an article's very end): the
    /// units are read four at a time without a loop and the bytes past the word masked off,
    /// where `make`'s unit-at-a-time tail cost about twelve instructions a unit.
    /// Units past the word may be anything: one reaches a word's byte only from the unit
    /// before it (`narrowFour`), and the word's own units are below 0x80.
    @inline(__always)
    static func make(wide base: UnsafePointer<UInt16>, _ start: Int, count: Int) -> String {
        let raw = UnsafeRawPointer(base + start)
        let first = narrowFour(raw.loadUnaligned(as: UInt64.self))
        if count <= 4 { return string(low: first & byteMask(count), high: 0, count: count) }
        let low = first | narrowFour(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) &<< 32
        if count <= 8 { return string(low: low & byteMask(count), high: 0, count: count) }
        let high =
            narrowFour(raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
            | narrowFour(raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)) &<< 32
        return string(low: low, high: high & byteMask(count &- 8), count: count)
    }

    /// Four little-endian 16-bit units as four bytes (the low 32 bits), each byte the low byte
    /// of its unit OR'd with the high byte of the unit before it: exact for units below 0x100.
    @inline(__always)
    static func narrowFour(_ four: UInt64) -> UInt64 {
        let pairs = (four | four &>> 8) & 0x0000_FFFF_0000_FFFF
        return (pairs | pairs &>> 16) & 0xFFFF_FFFF
    }

    /// The low `count` bytes set (`count` in 1...8).
    @inline(__always)
    private static func byteMask(_ count: Int) -> UInt64 {
        UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* count)
    }

    /// The one-character string of ASCII unit `c` (below 0x80). Only when `isAvailable`.
    @inline(__always)
    static func single(_ c: UInt16) -> String {
        string(low: UInt64(truncatingIfNeeded: c), high: 0, count: 1)
    }

    /// The string of `bytes` (each below 0x80, `1...maxCount` of them) with ASCII upper-case
    /// letters lowered, as `ASCIICase.lowercased` lowers them. Only when `isAvailable`.
    @inline(__always)
    static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for k in 0..<bytes.count {
            let byte = bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k]
            if k < 8 {
                low |= UInt64(byte) << (8 * UInt64(k))
            } else {
                high |= UInt64(byte) << (8 * UInt64(k - 8))
            }
        }
        return string(low: low, high: high, count: bytes.count)
    }

    /// Bytes 0-7 in `low`, 8-14 in `high`'s low seven bytes (little-endian), and in the top
    /// byte the discriminator of an immortal small ASCII string (0xE) with the count.
    ///
    /// The string is moved out of the two words' memory rather than bit-cast from them: a
    /// bit-cast value is borrowed, and storing it (in a `Token`) made the compiler retain
    /// it, a runtime call for every word that does nothing to a small string. Moving takes
    /// the value as owned. The words are trivial, so nothing is released twice.
    @inline(__always)
    private static func string(low: UInt64, high: UInt64, count: Int) -> String {
        var words = (low, high | (0xE0 | UInt64(truncatingIfNeeded: count)) << 56)
        // Rebound for the move: the two words and a `String` have the same size and
        // alignment (`layoutMatches` checked them and the bits before `isAvailable` allows this).
        return withUnsafeMutablePointer(to: &words) { pointer in
            pointer.withMemoryRebound(to: String.self, capacity: 1) { $0.move() }
        }
    }

    /// Whether strings the standard library makes from ASCII bytes have exactly the bits this
    /// type would make, for every length from 1 to 15 and two different contents.
    private static func layoutMatches() -> Bool {
        #if _endian(little) && (arch(x86_64) || arch(arm64))
            guard MemoryLayout<String>.size == 16, MemoryLayout<(UInt64, UInt64)>.size == 16 else { return false }
            let samples: [[UInt8]] = [Array("abcdefghijklmnopq".utf8), Array("Z0~ !x_9QpA.,yW@".utf8)]
            for sample in samples {
                for count in 1...maxCount {
                    let bytes = Array(sample[..<count])
                    let reference = String(decoding: bytes, as: UTF8.self)
                    var low: UInt64 = 0
                    var high: UInt64 = 0
                    for (k, byte) in bytes.enumerated() {
                        if k < 8 { low |= UInt64(byte) << (8 * UInt64(k)) } else { high |= UInt64(byte) << (8 * UInt64(k - 8)) }
                    }
                    high |= (0xE0 | UInt64(count)) << 56
                    let bits = unsafeBitCast(reference, to: (UInt64, UInt64).self)
                    guard bits.0 == low, bits.1 == high else { return false }
                }
            }
            return true
        #else
            return false
        #endif
    }
}
