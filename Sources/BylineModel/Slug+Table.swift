/// Slug pieces for the non-ASCII scalars news titles and names hold most: Latin letters with
/// diacritics (U+0080...U+024F) and general punctuation (U+2000...U+206F: dashes, curly quotes,
/// odd spaces). Each entry is what `Slug.make`'s Foundation path gives for that scalar alone:
/// its folded letters in ASCII ("a" for "Å", "ae" for "Æ", "l" for "Ł"), "-" for a separator,
/// "" for an apostrophe (which joins), "?" for a scalar the table does not settle (its folding
/// is not plain ASCII letters) and that sends the whole text to the Foundation path.
/// Generated from Foundation's folding, which folds each of these scalars alone as it folds
/// it beside any other of them or ASCII (checked over every pair); `SlugTableTests` checks
/// every entry against it, alone and among other letters.
extension Slug {
    /// The first scalar of each table.
    static let latinStart: UInt32 = 0x80
    static let punctuationStart: UInt32 = 0x2000

    static let latin: [String] = [
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+0080
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+0090
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "?", "-", "-", "-", "-", "-",  // U+00A0
        "-", "-", "-", "-", "-", "?", "-", "-", "-", "-", "?", "-", "-", "-", "-", "-",  // U+00B0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
        "d", "n", "o", "o", "o", "o", "o", "-", "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
        "d", "n", "o", "o", "o", "o", "o", "-", "o", "u", "u", "u", "u", "y", "th", "y",  // U+00F0
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // U+0100
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // U+0110
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // U+0120
        "i", "i", "?", "?", "j", "j", "k", "k", "?", "l", "l", "l", "l", "l", "l", "?",  // U+0130
        "?", "l", "l", "n", "n", "n", "n", "n", "n", "?", "ng", "ng", "o", "o", "o", "o",  // U+0140
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // U+0150
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // U+0160
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // U+0170
        "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?",  // U+0180
        "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?",  // U+0190
        "o", "o", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "u",  // U+01A0
        "u", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?",  // U+01B0
        "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "a", "a", "i",  // U+01C0
        "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "?", "a", "a",  // U+01D0
        "a", "a", "ae", "ae", "?", "?", "g", "g", "k", "k", "o", "o", "o", "o", "?", "?",  // U+01E0
        "j", "?", "?", "?", "g", "g", "?", "?", "n", "n", "a", "a", "ae", "ae", "o", "o",  // U+01F0
        "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",  // U+0200
        "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", "?", "?", "h", "h",  // U+0210
        "?", "?", "?", "?", "?", "?", "a", "a", "e", "e", "o", "o", "o", "o", "o", "o",  // U+0220
        "o", "o", "y", "y", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?",  // U+0230
        "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "?",  // U+0240
    ]
    static let punctuation: [String] = [
        // U+200C (zero-width non-joiner) is dropped by folding after another scalar but kept
        // alone: the only scalar of the tables whose folding depends on its neighbour.
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "?", "-", "-", "-",  // U+2000
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "", "-", "-", "-", "-", "-", "-",  // U+2010
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+2020
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+2030
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+2040
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+2050
        "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",  // U+2060
    ]

    /// The tables packed for the byte loop: 0 joins, 1 separates, 2 is not settled, otherwise
    /// one or two ASCII letters (the second in the high byte).
    static let packedLatin: [UInt16] = latin.map(pack)
    static let packedPunctuation: [UInt16] = punctuation.map(pack)

    static let joins: UInt16 = 0
    static let separates: UInt16 = 1
    static let unsettled: UInt16 = 2

    private static func pack(_ entry: String) -> UInt16 {
        switch entry {
        case "": return joins
        case "-": return separates
        case "?": return unsettled
        default:
            let bytes = Array(entry.utf8)
            precondition(bytes.count <= 2 && bytes.allSatisfy { $0 >= 0x30 && $0 < 0x80 }, "a slug table entry of one or two ASCII letters")
            return UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
        }
    }
}
