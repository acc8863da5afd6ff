/// Raw scraped text -> lines of plain text: line breaks unified (CRLF and CR become LF), odd
/// spaces (no-break, thin, ideographic, tab...) become one ordinary space, invisible characters
/// that break matching (zero-width space, word joiner, soft hyphen, byte order mark, control
/// characters) go, runs of spaces collapse, and each line is trimmed.
///
/// Zero-width joiner and non-joiner stay: emoji sequences and Persian or Indic spelling need them.
public enum TextNormalizer {
    /// One line as read, with what the raw form said about it.
    public struct Line: Sendable, Hashable {
        public var text: String
        /// Three or more odd spaces (no-break, tab...) in a row: how menus are padded.
        public var hadSpacePadding: Bool

        public init(text: String, hadSpacePadding: Bool = false) {
            self.text = text
            self.hadSpacePadding = hadSpacePadding
        }
    }

    public static func lines(of raw: String) -> [Line] {
        if let lines = raw.utf8.withContiguousStorageIfAvailable(lines(ofUTF8:)) { return lines }
        var native = raw
        native.makeContiguousUTF8()
        return native.utf8.withContiguousStorageIfAvailable(lines(ofUTF8:)) ?? []
    }

    /// Reads the bytes, not the scalars: ASCII is most of any text and needs no decoding,
    /// runs of printable ASCII are copied whole, and a scalar that stays is copied as the
    /// bytes it came as. A line's bytes never outnumber the raw ones (spaces only shrink),
    /// so one buffer of the raw size holds any line.
    static func lines(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 1)
        defer { buffer.deallocate() }
        var lines: [Line] = []
        // Lines of news text run about 50 bytes, blank ones included: one reservation
        // spares most of the array's regrowths (the array lives only while cleaning).
        lines.reserveCapacity(bytes.count / 48 + 4)
        var length = 0
        var pendingSpace = false
        var oddRun = 0
        var padded = false
        var previousWasCR = false
        var hasNonASCII = false
        func endLine() {
            // Blank lines (every other line, in most files) need no decoding. The bytes are
            // whole scalars of a valid string, checked again by the fast validator (ASCII a
            // word at a time) rather than by `String(decoding:)`, a byte at a time.
            // A line without a copied scalar beyond ASCII is ASCII and needs no check at all.
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<length])
            let text =
                length == 0
                ? "" : !hasNonASCII ? UTF8Validation.ascii(bytes)
                : UTF8Validation.string(validating: bytes) ?? String(decoding: bytes, as: UTF8.self)
            lines.append(Line(text: text, hadSpacePadding: padded))
            length = 0
            pendingSpace = false
            padded = false
            oddRun = 0
            hasNonASCII = false
        }
        func oddSpace() {
            oddRun += 1
            if oddRun >= 3 { padded = true }
            if length > 0 { pendingSpace = true }
        }
        func startVisible() {
            oddRun = 0
            if pendingSpace {
                buffer[length] = UInt8(ascii: " ")
                length += 1
                pendingSpace = false
            }
        }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte > 0x20, byte < 0x7F {
                startVisible()
                previousWasCR = false
                // A single space between printable bytes is copied as it is: what the
                // pending-space rule would write anyway.
                var end = index + 1
                // Eight bytes at a time while they are plainly that (`isPlainRun`), a byte
                // or a space and a byte at a time where they are not (a space ending the
                // block, a line's end), then blocks again.
                while end < count {
                    if end + 8 <= count {
                        let block = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + end).loadUnaligned(as: UInt64.self)
                        if Self.isPlainRun(block) {
                            end &+= 8  // below `count`
                            continue
                        }
                    }
                    if bytes[end] > 0x20, bytes[end] < 0x7F {
                        end += 1
                    } else if bytes[end] == 0x20, end + 1 < count, bytes[end + 1] > 0x20, bytes[end + 1] < 0x7F {
                        end += 2
                    } else {
                        break
                    }
                }
                let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                _ = UnsafeMutableBufferPointer(rebasing: buffer[length...]).initialize(fromContentsOf: run)
                length += run.count
                index = end
                continue
            }
            let afterCR = previousWasCR
            previousWasCR = byte == 0x0D
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x0A:
                    if !afterCR { endLine() }
                case 0x0D:
                    endLine()
                case 0x20:
                    if length > 0 { pendingSpace = true }
                case 0x09, 0x0B, 0x0C:
                    oddSpace()
                default:
                    continue  // other controls are invisible
                }
                continue
            }
            let (value, size) = ScalarText.scalar(at: index, in: bytes)
            let end = min(index + size, count)
            defer { index = end }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if isSpace(scalar) {
                oddSpace()
            } else if !isInvisible(scalar) {
                startVisible()
                hasNonASCII = true
                for offset in index..<end {
                    buffer[length] = bytes[offset]
                    length += 1
                }
            }
        }
        endLine()
        return lines
    }

    /// Whether eight bytes (little-endian in `word`) may be copied whole inside a run of
    /// printable ASCII: each is printable ASCII or a space, no two spaces touch, and the last
    /// is not a space (what follows it is unknown). The byte before them is printable (the
    /// run's invariant), so a leading space is a single one. Exact per-byte masks: no
    /// borrow or carry crosses a byte when every high bit is set first.
    @inline(__always)
    static func isPlainRun(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        guard word & high == 0 else { return false }
        // High bit kept iff the byte >= 0x20; set iff the byte >= 0x7F (only DEL, below 0x80).
        guard ~((word | high) &- 0x2020_2020_2020_2020) & high == 0,
            ((word | high) &- 0x7F7F_7F7F_7F7F_7F7F) & high == 0
        else { return false }
        let spaceless = word ^ 0x2020_2020_2020_2020
        let spaces = ~(((spaceless & low7) &+ low7) | spaceless) & high
        return spaces & (spaces << 8) == 0 && spaces >> 63 == 0
    }

    /// Collapses the whitespace of one already-split piece of text.
    public static func collapse(_ text: String) -> String {
        lines(of: text).map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0xFFFD: true
        case 0x00...0x1F, 0x7F...0x9F: true  // controls (line breaks are handled before)
        case 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional embedding controls
        default: false
        }
    }
}
