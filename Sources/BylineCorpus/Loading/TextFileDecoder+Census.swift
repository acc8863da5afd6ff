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
                    // Eight bytes of printable ASCII or space: eight scalars, no control. Most
                    // of a text is that; a line feed or a non-ASCII letter takes the byte loop.
                    if index + 8 <= count, Self.isPrintableASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
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

        /// Whether all eight bytes of `word` are in 0x20...0x7E. Setting each byte's high bit
        /// first keeps the subtractions from borrowing across bytes.
        @inline(__always)
        static func isPrintableASCII(_ word: UInt64) -> Bool {
            let high: UInt64 = 0x8080_8080_8080_8080
            return word & high == 0 && ~((word | high) &- 0x2020_2020_2020_2020) & high == 0
                && ((word | high) &- 0x7F7F_7F7F_7F7F_7F7F) & high == 0
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
