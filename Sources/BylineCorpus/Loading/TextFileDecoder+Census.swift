extension TextFileDecoder {
    /// `looksLikeText`'s counts taken from valid UTF-8 bytes rather than decoded scalars: a
    /// scalar starts at every byte that is not a continuation byte (10xxxxxx); the controls
    /// it counts are ASCII controls but tab, line feed, form feed and carriage return, DEL,
    /// C1 controls (U+0080...U+009F: C2 80...C2 9F) and U+FFFD (EF BF BD).
    struct Census {
        var scalars = 0
        var controls = 0
        var hasNUL = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var scalars = 0
            var controls = 0
            var nuls = 0
            let count = bytes.count
            guard let base = bytes.baseAddress else { return }
            Self.kinds.withUnsafeBufferPointer { kinds in
                var index = 0
                while index < count {
                    // Eight bytes of printable ASCII, space, or the white space that is no
                    // control (tab, line feed, form feed, carriage return): eight scalars, no
                    // control. Most of a text is that; a non-ASCII letter takes the byte loop.
                    if index + 8 <= count, Self.isUncountedASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                        scalars += 8
                        index += 8
                        continue
                    }
                    let stop = min(index + 8, count)
                    while index < stop {
                        let byte = bytes[index]
                        let kind = kinds[Int(byte)]
                        scalars += Int(kind & Self.starts)
                        controls += Int((kind & Self.control) >> 1)
                        nuls |= Int(kind & Self.nul)
                        if kind & Self.lead != 0 {
                            // Rare leads: checked only where they occur.
                            if byte == 0xC2, index + 1 < count, bytes[index + 1] & 0xE0 == 0x80 {
                                controls += 1
                            } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD {
                                controls += 1
                            }
                        }
                        index += 1
                    }
                }
            }
            self.scalars = scalars
            self.controls = controls
            self.hasNUL = nuls != 0
        }

        /// Whether all eight bytes of `word` are ASCII from 0x20 to 0x7E, or tab, line feed,
        /// form feed or carriage return (none of them counted as controls) (lines run about 50 bytes: one block in six has a
        /// line feed, and took the byte loop).
        @inline(__always)
        static func isUncountedASCII(_ word: UInt64) -> Bool {
            let high: UInt64 = 0x8080_8080_8080_8080
            guard word & high == 0, ((word | high) &- 0x7F7F_7F7F_7F7F_7F7F) & high == 0 else { return false }
            // Setting each byte's high bit first keeps the subtractions from borrowing across
            // bytes. High bit kept in `below` for each byte under 0x20.
            let below = ~((word | high) &- 0x2020_2020_2020_2020) & high
            if below == 0 { return true }
            let allowed = equal(word, 0x0A) | equal(word, 0x0D) | equal(word, 0x09) | equal(word, 0x0C)
            return below & ~allowed == 0
        }

        /// High bit of each byte of `word` equal to `byte` (exact: no carry crosses a byte).
        @inline(__always)
        static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
            let e = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
            return ~(((e & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | e) & 0x8080_8080_8080_8080
        }

        /// At most 1% controls, as `looksLikeText` rules.
        var looksLikeText: Bool { controls * 100 <= scalars }

        private static let starts: UInt8 = 1
        private static let control: UInt8 = 2
        private static let nul: UInt8 = 4
        private static let lead: UInt8 = 8

        /// Per byte: starts a scalar, is a counted ASCII control, is NUL, is C2 or EF.
        private static let kinds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
            var kind: UInt8 = byte & 0xC0 == 0x80 ? 0 : starts
            if (byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(byte)) || byte == 0x7F { kind |= control }
            if byte == 0 { kind |= nul }
            if byte == 0xC2 || byte == 0xEF { kind |= lead }
            return kind
        }
    }
}
