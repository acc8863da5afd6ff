/// A 64-bit digest of a snapshot's stored bytes: its identity, and so part of every ETag.
/// The same content gives the same digest in every process (unlike `Hasher`, seeded per
/// process), on machines of one byte order (words are read as the machine stores them).
///
/// Four lanes of eight-byte words with xxHash64's round, merge and final mix (Yann Collet's
/// published algorithm; the piece framing below is our own, so the values are not XXH64's).
/// FNV-1a, which this replaced, took a byte at a time in one dependency chain: about five
/// instructions a byte over every article's JSON, a fifth of the articles' JSON task. Here
/// four independent multiplies cover 32 bytes.
///
/// Every piece's length is mixed in after its bytes, so the same bytes cut into pieces
/// differently digest differently (the FNV hash put a separator byte after each piece).
struct ContentDigest {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63

    private var lanes: (UInt64, UInt64, UInt64, UInt64)
    private var length: UInt64 = 0

    init() {
        lanes = (Self.prime1 &+ Self.prime2, Self.prime2, 0, 0 &- Self.prime1)
    }

    @inline(__always)
    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        rotated(lane &+ word &* prime2, by: 31) &* prime1
    }

    @inline(__always)
    private static func rotated(_ value: UInt64, by bits: UInt64) -> UInt64 {
        (value &<< bits) | (value &>> (64 &- bits))
    }

    /// Adds `bytes` as one piece.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        var (a, b, c, d) = lanes
        if let base = bytes.baseAddress {
            var offset = 0
            while offset &+ 32 <= count {
                a = Self.round(a, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                b = Self.round(b, base.loadUnaligned(fromByteOffset: offset &+ 8, as: UInt64.self))
                c = Self.round(c, base.loadUnaligned(fromByteOffset: offset &+ 16, as: UInt64.self))
                d = Self.round(d, base.loadUnaligned(fromByteOffset: offset &+ 24, as: UInt64.self))
                offset &+= 32
            }
            while offset &+ 8 <= count {
                a = Self.round(a, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset &+= 8
            }
            if offset < count {
                // The last one to seven bytes, as the low bytes of one word (the length below
                // tells "ab" from "ab\0").
                var word: UInt64 = 0
                var shift: UInt64 = 0
                while offset < count {
                    word |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) &<< shift
                    shift &+= 8
                    offset &+= 1
                }
                b = Self.round(b, word)
            }
        }
        d = Self.round(d, UInt64(count))
        lanes = (a, b, c, d)
        length &+= UInt64(count)
    }

    /// Adds an array's elements' bytes as one piece (elements of a fixed size, no references).
    mutating func add<Element: BitwiseCopyable>(_ values: [Element]) {
        values.withUnsafeBytes { add($0) }
    }

    /// Adds one value as a piece of its own.
    mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value) { add($0) }
    }

    /// The digest of everything added, in order.
    func finish() -> UInt64 {
        let (a, b, c, d) = lanes
        var digest =
            Self.rotated(a, by: 1) &+ Self.rotated(b, by: 7) &+ Self.rotated(c, by: 12) &+ Self.rotated(d, by: 18)
        for lane in [a, b, c, d] {
            digest = (digest ^ Self.round(0, lane)) &* Self.prime1 &+ Self.prime4
        }
        digest &+= length
        digest ^= digest &>> 33
        digest &*= Self.prime2
        digest ^= digest &>> 29
        digest &*= Self.prime3
        digest ^= digest &>> 32
        return digest
    }

    /// `finish()` as sixteen lowercase hexadecimal digits.
    func hex() -> String {
        let hex = String(finish(), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
