/// The place (and agency) a story was filed from, opening its first paragraph:
/// `MOSCOW (Reuters) -`, `WASHINGTON, April 12 (AP) —`, `LONDON --`.
public struct Dateline: Sendable, Hashable {
    public var location: String
    public var outlet: OutletName?
    /// Only when the dateline prints a date; a year from elsewhere completes "April 12".
    public var month: Int?
    public var day: Int?

    /// Whether the first 160 bytes hold a hyphen or the last byte of an em or en dash. Read
    /// from the string's storage: the generic walk of a `prefix` of its UTF-8 view cost
    /// thousands of instructions a paragraph.
    static func mayHaveDash(_ paragraph: String) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            bytes.contains { $0 == UInt8(ascii: "-") || $0 == 0x94 || $0 == 0x93 }
        }
        return paragraph.utf8.withContiguousStorageIfAvailable { scan(UnsafeBufferPointer(rebasing: $0.prefix(160))) }
            ?? scan(paragraph.utf8.prefix(160))
    }

    /// Reads the dateline at the start of `paragraph`, if it has one.
    public init?(paragraph: String) {
        // Most paragraphs have no dash near their start: check the bytes before anything else.
        guard Self.mayHaveDash(paragraph) else { return nil }
        guard let dash = Self.dashStart(in: paragraph) else { return nil }
        let head = paragraph[..<dash]
        if let simple = ScalarText.withSimpleBytes(head, Self.init(simple:)) {
            guard let simple else { return nil }
            self = simple
            return
        }
        self.init(characters: String(head))
    }

    /// The dateline rules on `Character`s, for text before the dash that is not simple.
    init?(characters head: String) {
        var prefix = head.trimming(" ")
        if let open = prefix.lastIndex(of: "("), prefix.hasSuffix(")") {
            let inner = String(prefix[prefix.index(after: open)..<prefix.index(before: prefix.endIndex)])
            guard NameShape.of(inner) == .organization || NameShape.of(inner) == .person else { return nil }
            outlet = OutletName(inner)
            prefix = String(prefix[..<open]).trimming(" ,")
        }
        let pieces = prefix.split(separator: ",").map { $0.trimming(" ") }
        guard let place = pieces.first, !place.isEmpty else { return nil }
        // The place is printed in capitals ("MOSCOW", "AL-AIN"), or the agency names it.
        let letters = place.filter(\.isLetter)
        let shouted = !letters.isEmpty && letters.allSatisfy(\.isUppercase)
        guard (shouted || outlet != nil), place.split(separator: " ").count <= 4,
            place.first?.isUppercase == true
        else { return nil }
        for piece in pieces.dropFirst() {
            if let found = DateScanner.first(in: piece, year: 2000) {  // any leap year: only month/day kept
                month = found.date.month
                day = found.date.day
            } else if piece.split(separator: " ").count > 4 || piece.first?.isUppercase != true {
                return nil
            }
        }
        location = place
    }
}
