/// Lists of positions grouped by owner (an article's quotes, an entity's articles) in one
/// flat array with offsets: ten thousand small arrays were ten thousand allocations made
/// while a load's memory peaks, each pinning a page of the heap for the snapshot's life.
struct IntGroups: Sendable {
    let starts: [Int32]
    let values: [Int32]

    init(_ groups: [[Int]]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(groups.count + 1)
        var values: [Int32] = []
        values.reserveCapacity(groups.reduce(0) { $0 + $1.count })
        for group in groups {
            for value in group { values.append(Int32(value)) }
            starts.append(Int32(values.count))
        }
        self.starts = starts
        self.values = values
    }

    var count: Int { starts.count - 1 }

    subscript(owner: Int) -> IntGroup {
        IntGroup(values: values, range: Int(starts[owner])..<Int(starts[owner + 1]))
    }
}

/// One owner's positions: a zero-based view into `IntGroups`.
struct IntGroup: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    let values: [Int32]
    let range: Range<Int>

    init(values: [Int32], range: Range<Int>) {
        self.values = values
        self.range = range
    }

    init(arrayLiteral elements: Int...) {
        values = elements.map { Int32($0) }
        range = 0..<elements.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { range.count }
    subscript(position: Int) -> Int { Int(values[range.lowerBound + position]) }
}
