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

    /// Each owner's group, in owner order, read from `group(owner)`: the flat columns made
    /// straight from lists held elsewhere (an entity builder's articles), with no list of
    /// lists made to be flattened.
    init<Group: Collection<Int>>(owners: Int, values total: Int, _ group: (Int) -> Group) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(owners + 1)
        var values: [Int32] = []
        values.reserveCapacity(total)
        for owner in 0..<owners {
            for value in group(owner) { values.append(Int32(value)) }
            starts.append(Int32(values.count))
        }
        self.starts = starts
        self.values = values
    }

    /// Groups of known sizes (`counts[owner]` values each), filled by `pairs`, which calls its
    /// argument with each (owner, value): each group holds its values in the order they came,
    /// as appending them to a list per owner did, without the ten thousand lists (each grown
    /// by doubling) a load made and freed to be flattened. `pairs` must give each owner
    /// exactly `counts[owner]` values.
    init(counts: [Int], _ pairs: ((_ owner: Int, _ value: Int) -> Void) -> Void) {
        var starts: [Int32] = []
        starts.reserveCapacity(counts.count + 1)
        var total = 0
        starts.append(0)
        for count in counts {
            total += count
            starts.append(Int32(total))
        }
        var next = starts.dropLast().map(Int.init)  // where each group's next value goes
        let values = [Int32](unsafeUninitializedCapacity: total) { buffer, initialized in
            pairs { owner, value in
                precondition(next[owner] < Int(starts[owner + 1]), "more values than counted for an owner")
                buffer.initializeElement(at: next[owner], to: Int32(value))
                next[owner] += 1
            }
            for owner in counts.indices {
                precondition(next[owner] == Int(starts[owner + 1]), "fewer values than counted for an owner")
            }
            initialized = total
        }
        self.starts = starts
        self.values = values
    }

    /// Groups by owner of the positions of `owners` (`owners[i]`: position `i`'s owner, or a
    /// negative number for none), each ascending: positions grouped by speaker.
    init(positionsOf owners: [Int32], ownerCount: Int) {
        var counts = [Int](repeating: 0, count: ownerCount)
        for owner in owners where owner >= 0 { counts[Int(owner)] += 1 }
        self.init(counts: counts) { add in
            for (position, owner) in owners.enumerated() where owner >= 0 { add(Int(owner), position) }
        }
    }

    var count: Int { starts.count - 1 }

    /// How many values `owner` has.
    func count(of owner: Int) -> Int {
        Int(starts[owner + 1]) - Int(starts[owner])
    }

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
