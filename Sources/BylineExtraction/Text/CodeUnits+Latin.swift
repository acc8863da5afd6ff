/// The property checks of `CodeUnits` for the scalars U+0080...U+024F (Latin-1 Supplement,
/// Latin Extended-A and -B: the accented letters of European names and the no-break space),
/// read from a table. A Unicode property lookup costs several hundred instructions, and a
/// word such as `Łódź` asked it of each letter two or three times. The table is filled once
/// from the very property checks it stands for, so its answers are theirs.
extension CodeUnits {
    enum LatinFlag {
        static let word: UInt8 = 1
        static let upper: UInt8 = 2
        static let lower: UInt8 = 4
        static let alphanumeric: UInt8 = 8
    }

    static let latinRange: Range<UInt32> = 0x80..<0x250

    /// The flags of `s`, or nil beyond `latinRange`.
    @inline(__always)
    static func latinFlags(_ s: Unicode.Scalar) -> UInt8? {
        let offset = s.value &- latinRange.lowerBound
        guard offset < UInt32(latinRange.count) else { return nil }
        return latinTable[Int(offset)]
    }

    static let latinTable: [UInt8] = latinRange.map { value in
        guard let s = Unicode.Scalar(value) else { return 0 }
        return computedLatinFlags(s)
    }

    /// The flags from the properties themselves (the table's source, and the tests' reference).
    static func computedLatinFlags(_ s: Unicode.Scalar) -> UInt8 {
        var flags: UInt8 = 0
        if isWordScalarByProperties(s) { flags |= LatinFlag.word }
        if isUpperByProperties(s) { flags |= LatinFlag.upper }
        if s.properties.isLowercase { flags |= LatinFlag.lower }
        if isAlphanumericByProperties(s) { flags |= LatinFlag.alphanumeric }
        return flags
    }
}
