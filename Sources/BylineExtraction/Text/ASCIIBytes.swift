/// Whether UTF-8 bytes are all ASCII, by one OR over them and a test of the top bit: a loop
/// with no early exit, which the compiler vectorizes (the checks of the word sets and of the
/// entity index's name comparisons run it on every probe).
enum ASCIIBytes {
    @inline(__always)
    static func areASCII<Bytes: Sequence>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var bits: UInt8 = 0
        for byte in bytes { bits |= byte }
        return bits < 0x80
    }
}
