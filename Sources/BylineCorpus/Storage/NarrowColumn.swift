/// A column of small numbers (positions into a table of a few thousand strings or entities,
/// or -1 for none) in two bytes a row when every value fits, four otherwise: a hundred
/// thousand quotes' cue and speaker words and mentions' words and articles were four bytes
/// each, though their tables are far smaller than 65,535.
struct NarrowColumn: RandomAccessCollection, Sendable {
    /// Each value plus one (so -1 is 0), when all fit; empty otherwise.
    private let narrow: [UInt16]
    /// The values as given, when some do not fit in `narrow`; empty otherwise.
    private let wide: [Int32]
    let count: Int

    init(_ values: [Int32]) {
        if values.allSatisfy({ $0 >= -1 && $0 < Int32(UInt16.max) }) {
            narrow = values.map { UInt16(truncatingIfNeeded: $0 + 1) }
            wide = []
        } else {
            narrow = []
            wide = values
        }
        count = values.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Int32 {
        wide.isEmpty ? Int32(narrow[position]) - 1 : wide[position]
    }

    var footprint: Int { Footprint.array(narrow) + Footprint.array(wide) }

    /// Adds the stored values (whichever width holds them) to a snapshot's digest.
    func digest(into digest: inout ContentDigest) {
        digest.add(narrow)
        digest.add(wide)
    }
}
