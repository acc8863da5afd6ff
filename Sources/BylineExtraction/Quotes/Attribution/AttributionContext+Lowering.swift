extension AttributionContext {
    /// `ASCIICase.lowercased(text)`, with the commonest case made cheap: a capitalized token
    /// of at most 15 ASCII bytes (`Putin`, `The`, `NPR`) is lowered into a small string built
    /// on the stack, with no buffer allocated and no second pass; anything else goes to
    /// `ASCIICase`. The context lowers every capitalized token of an article once.
    static func lowercasedToken(_ text: String) -> String {
        var text = text
        let small = text.withUTF8 { bytes -> String? in
            guard bytes.count <= 15 else { return nil }
            var raw: (UInt64, UInt64) = (0, 0)
            var bits: UInt8 = 0
            let count = withUnsafeMutableBytes(of: &raw) { buffer -> Int in
                for i in 0..<bytes.count {
                    let byte = bytes[i]
                    bits |= byte
                    buffer[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return bytes.count
            }
            guard bits < 0x80 else { return nil }
            return withUnsafeBytes(of: raw) { String(decoding: $0.prefix(count), as: UTF8.self) }
        }
        return small ?? ASCIICase.lowercased(text)
    }
}
