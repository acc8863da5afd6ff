extension AttributionContext {
    /// `text.lowercased()` for a text whose every scalar is in Latin-1 (`José`, `MÜLLER`), or
    /// nil for any other text. In that block lowering is one scalar to one scalar: `A`-`Z`
    /// and `À`-`Þ` (except `×`) gain 0x20, every other scalar stays. Unicode lowering of a
    /// name with an accent cost a few thousand instructions; here it is a loop over the
    /// scalars (`AttributionContextLatin1Tests` compares every Latin-1 scalar).
    static func latin1Lowercased(_ text: String) -> String? {
        var length = 0
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFF else { return nil }
            length += scalar.value < 0x80 ? 1 : 2
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for scalar in text.unicodeScalars {
                var value = scalar.value
                if value &- 0x41 < 26 || (value &- 0xC0 < 0x1F && value != 0xD7) { value |= 0x20 }
                if value < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: value)
                    k += 1
                } else {
                    // Two UTF-8 bytes for U+0080 to U+00FF.
                    buffer[k] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[k + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    k += 2
                }
            }
            return k
        }
    }
}
