import Testing

@testable import BylineCorpus

/// A narrow column gives back exactly the values it was made from, in two bytes a row when
/// they fit and four when one does not.
@Suite struct NarrowColumnTests {
    @Test func values_comeBackAsGiven_narrowOrWide() {
        let fitting: [Int32] = [-1, 0, 1, 65_533, 65_534, -1, 7]
        let narrow = NarrowColumn(fitting)
        #expect(Array(narrow) == fitting)
        #expect(narrow.footprint < fitting.count * 4)
        for extra: Int32 in [65_535, 1 << 20, -2, Int32.max, Int32.min] {
            let values = fitting + [extra]
            let column = NarrowColumn(values)
            #expect(Array(column) == values, "\(extra)")
            #expect(column.footprint >= values.count * 4)
        }
        #expect(NarrowColumn([]).isEmpty)
    }

    @Test func optionalColumn_givesNilForAbsent() {
        let column = OptionalIntColumn([3, nil, 0, 70_000, nil])
        #expect(Array(column) == [3, nil, 0, 70_000, nil])
        #expect(Array(OptionalIntColumn(values: [-1, 2])) == [nil, 2])
    }
}
