import Testing

@testable import BylineCorpus

/// Trimming drops spare capacity, which converting a whole slice back to an array does not.
@Suite struct ArrayTrimmedTests {
    @Test func trimmed_dropsSpareCapacity_andKeepsTheElements() {
        var values: [Int32] = []
        values.reserveCapacity(10_000)
        values += [3, 1, 2]
        let trimmed = values.trimmed()
        #expect(trimmed == [3, 1, 2])
        #expect(trimmed.capacity < 100)
        var table = StringTable()
        for index in 0..<1_000 { _ = table.append("word \(index)") }
        table.shrink()
        #expect(table.bytes.capacity < table.bytes.count + 64)
        #expect(table.ends.capacity < table.ends.count + 64)
        #expect(table[999] == "word 999")
    }
}
