/// Initials (`NPR`, capitals only) as a key: five bits a letter (`A` is 1) for up to twelve
/// letters, so no two such strings share a key and none is allocated; longer ones as bytes.
enum InitialsKey: Equatable {
    case packed(UInt64)
    case bytes([UInt8])

    /// The key of `letters` (each `A`...`Z`) and their count.
    static func of<C: Collection>(_ letters: C) -> (key: InitialsKey, count: Int) where C.Element == UInt8 {
        var packed: UInt64 = 0
        var count = 0
        for letter in letters {
            count += 1
            if count <= 12 { packed = packed << 5 | UInt64(letter &- 0x40) }
        }
        return (count <= 12 ? .packed(packed) : .bytes(Array(letters)), count)
    }
}
