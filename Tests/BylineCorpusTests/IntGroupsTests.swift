import Testing

@testable import BylineCorpus

/// The flat groups made straight from their pairs are the groups made from a list per owner.
@Suite struct IntGroupsTests {
    static func lists(_ groups: IntGroups) -> [[Int]] {
        (0..<groups.count).map { Array(groups[$0]) }
    }

    @Test func ownersInit_isTheListsFlattened() {
        let lists: [[Int]] = [[3, 1], [], [7], [], [2, 2, 9]]
        let groups = IntGroups(owners: lists.count, values: 6) { lists[$0] }
        let expected = IntGroups(lists)
        #expect(groups.starts == expected.starts)
        #expect(groups.values == expected.values)
        #expect(Self.lists(IntGroups(owners: 0, values: 0) { _ in [Int]() }) == [])
    }

    /// Pairs in any owner order give each owner its values in the order they came, as
    /// appending to a list per owner did.
    @Test func countsInit_placesValuesAsAppendingDid() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let owners = Int.random(in: 0...12, using: &generator)
            let pairs = owners == 0 ? [] : (0..<Int.random(in: 0...80, using: &generator)).map { _ in
                (Int.random(in: 0..<owners, using: &generator), Int.random(in: -5...500, using: &generator))
            }
            var lists = [[Int]](repeating: [], count: owners)
            for (owner, value) in pairs { lists[owner].append(value) }
            let groups = IntGroups(counts: lists.map(\.count)) { add in
                for (owner, value) in pairs { add(owner, value) }
            }
            #expect(Self.lists(groups) == lists)
            #expect(groups.starts == IntGroups(lists).starts)
            #expect((0..<owners).map { groups.count(of: $0) } == lists.map(\.count))
        }
    }

    @Test func positionsInit_groupsPositionsByOwnerAscending() {
        let owners: [Int32] = [2, -1, 0, 2, 2, -1, 0, 3]
        let groups = IntGroups(positionsOf: owners, ownerCount: 5)
        #expect(Self.lists(groups) == [[2, 6], [], [0, 3, 4], [7], []])
    }
}
