/// Writes JSON by hand for the resources a load encodes by the thousand: a `JSONEncoder`
/// builds a tree of boxed values per object and cost more than everything else a load does
/// with an article or a quote. Output is byte for byte `ResourceEncoder`'s (tests compare):
/// keys written in sorted order by the caller, absent optionals omitted, strings escaped as
/// RFC 8259 §7 requires and as Foundation does (`\b \f \n \r \t`, other controls `\u00XX`),
/// "/" left alone.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    mutating func beginObject() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    mutating func key(_ name: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func string(_ value: String) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        Self.escape(value, into: &bytes)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// `"key":"value"`, or nothing when the value is absent (as synthesized `Encodable` does).
    mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// A string whose bytes are already JSON-escaped (a slice of stored, escaped text).
    mutating func escapedString(_ escaped: ArraySlice<UInt8>) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: escaped)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func int(_ value: Int) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    mutating func null() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(contentsOf: "null".utf8)
        needsComma = true
    }

    /// Appends `value`'s UTF-8 with JSON escapes, without the quotes; runs without anything
    /// to escape are copied whole.
    static func escape(_ value: String, into bytes: inout [UInt8]) {
        escape(value, into: &bytes) { _, _ in }
    }

    /// `escape`, calling `escaped(source, output)` after each byte it escapes: the byte after
    /// it, `source` in `value`'s UTF-8, is at `output` in `bytes` (from where this call began
    /// writing). With those, a place in the text is found in its escaped form without a walk.
    @inline(__always)
    static func escape<Sink: EscapeSink>(_ value: String, into bytes: inout Sink, _ escaped: (Int, Int) -> Void) {
        var value = value
        let base = bytes.count
        value.withUTF8 { utf8 in
            guard let first = utf8.baseAddress else { return }
            let raw = UnsafeRawPointer(first)
            var runStart = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none needs escaping (most of a text); in a word
                // that holds one, straight to its first such byte (the lowest flagged byte is
                // exact), instead of a byte and a word test per byte up to it.
                if index + 8 <= utf8.count {
                    let flags = Self.escapeFlags(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if flags == 0 {
                        index += 8
                        continue
                    }
                    index += flags.trailingZeroBitCount >> 3
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                defer { escaped(index, bytes.count - base) }
                bytes.append(run: UnsafeBufferPointer(rebasing: utf8[runStart..<(index - 1)]))
                runStart = index
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    let hex: StaticString = "0123456789abcdef"
                    hex.withUTF8Buffer { digits in
                        for unit in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] {
                            bytes.append(unit)
                        }
                    }
                }
            }
            bytes.append(run: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    /// Whether any of the eight bytes of `word` is a control character, `"` or `\\` (the
    /// classic SWAR tests: a byte below 0x20, or equal to one of the two, sets its high bit).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool { escapeFlags(word) != 0 }

    /// `needsEscape`'s bits: the high bit of each flagged byte. A borrow can flag a byte above
    /// a flagged one, never below, so the lowest flag (the first byte in memory, little-endian)
    /// is exactly the first byte to escape.
    @inline(__always)
    static func escapeFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let below = (word &- ones &* 0x20) & ~word & highs
        return below | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C))
    }
}
