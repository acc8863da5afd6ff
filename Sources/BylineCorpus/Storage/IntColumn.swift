/// Positions (articles, entities) for a hundred thousand rows, four bytes each instead of an
/// `Int`'s eight, or an `Int?`'s sixteen with its padding.
struct IntColumn: RandomAccessCollection, Sendable {
    let values: [Int32]

    init(_ values: [Int]) { self.values = values.map { Int32($0) } }
    init(values: [Int32]) { self.values = values }

    var startIndex: Int { 0 }
    var endIndex: Int { values.count }
    subscript(position: Int) -> Int { Int(values[position]) }
}

/// The same with absent values (-1 inside), two bytes a row when every value fits
/// (`NarrowColumn`: a quote's speaker is one of a few thousand entities).
struct OptionalIntColumn: RandomAccessCollection, Sendable {
    let values: NarrowColumn

    init(_ values: [Int?]) { self.values = NarrowColumn(values.map { Int32($0 ?? -1) }) }
    /// -1 for an absent value.
    init(values: [Int32]) { self.values = NarrowColumn(values) }

    var startIndex: Int { 0 }
    var endIndex: Int { values.count }
    subscript(position: Int) -> Int? {
        let value = values[position]
        return value < 0 ? nil : Int(value)
    }
}
