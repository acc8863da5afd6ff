/// Tests for two writings of one name, shared by the name an article reports for an entity
/// (`EntityLinker.writtenName`) and the name the corpus reports (`EntityBuilder.canonicalName`).
public enum NameSpelling {
    /// ASCII letters and digits, lower-cased; other bytes dropped: `Politi’fact` and
    /// `PolitiFact` fold alike.
    public static func folded(_ name: String) -> [UInt8] {
        name.utf8.compactMap(foldedByte)
    }

    /// The byte `folded` keeps for `byte`: an ASCII letter lower-cased, or a digit; nil for
    /// anything else.
    @inlinable @inline(__always)
    public static func foldedByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x41...0x5A: byte + 0x20
        case 0x61...0x7A, 0x30...0x39: byte
        default: nil
        }
    }

    /// Whether `form` (`FBI`, `F.B.I.`) is capitals, periods aside, equal to `initials`: the
    /// capital initials of a longer name's words.
    public static func isAcronym(_ form: String, of initials: some Sequence<UInt8>) -> Bool {
        let letters = form.utf8.filter { $0 != 0x2E }
        return !letters.isEmpty && letters.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } && letters.elementsEqual(initials)
    }
}
