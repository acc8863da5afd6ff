import Testing

@testable import BylineCorpus

/// Numbering a run of terms at once gives the numbers a term at a time gives, also while the
/// table grows in the middle of a run.
@Suite struct TermNumbersTests {
    /// Terms with repeats, enough new ones to double a small table several times, and hashes
    /// that share their high bits (the slot is taken from them).
    static let terms: [UInt64] = (0..<600).map { index in
        let word = UInt64(index % 250)
        return index % 3 == 0 ? word << 40 : word &* 0x9E37_79B9_7F4A_7C15
    }

    static func oneAtATime(_ runs: [[UInt64]]) -> (numbers: [Int32], terms: [UInt64]) {
        var table = TermNumbers(expected: 4)
        let numbers = runs.flatMap { $0 }.map { table.number(of: $0) }
        return (numbers, table.terms)
    }

    static func byRuns(_ runs: [[UInt64]]) -> (numbers: [Int32], terms: [UInt64]) {
        var table = TermNumbers(expected: 4)
        var numbers: [Int32] = []
        for run in runs {
            var numbered = [Int32](repeating: -1, count: run.count)
            run.withUnsafeBufferPointer { run in
                numbered.withUnsafeMutableBufferPointer { table.number(run, into: $0.baseAddress!) }
            }
            numbers += numbered
        }
        return (numbers, table.terms)
    }

    @Test(arguments: [1, 7, 64, 600])
    func numberingRuns_givesTheNumbersOfOneAtATime(runLength: Int) {
        let runs = stride(from: 0, to: Self.terms.count, by: runLength).map {
            Array(Self.terms[$0..<min($0 + runLength, Self.terms.count)])
        }
        let expected = Self.oneAtATime(runs)
        let numbered = Self.byRuns(runs)
        #expect(numbered.numbers == expected.numbers)
        #expect(numbered.terms == expected.terms)
        #expect(Set(expected.numbers).count == Set(Self.terms).count)
    }

    @Test func anEmptyRun_numbersNothing() {
        var table = TermNumbers()
        let empty: [UInt64] = []
        var sink: Int32 = -1
        empty.withUnsafeBufferPointer { table.number($0, into: &sink) }
        #expect(sink == -1)
        #expect(table.count == 0)
    }
}
