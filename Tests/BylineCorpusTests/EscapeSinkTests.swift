import Testing

@testable import BylineCorpus

/// Escaping into a `ByteRun` gives the bytes and escape places escaping into an array gives,
/// whether or not the buffer has to grow.
@Suite struct EscapeSinkTests {
    @Test(arguments: [0, 1, 7, 4096])
    func byteRun_escapesAsAnArrayDoes(capacity: Int) {
        for text in ByteFastPathTests.samples(ascii: false) + ["\"quoted\"\n\n\u{1}\\", String(repeating: "a\"\n", count: 300)] {
            var array: [UInt8] = []
            var arrayPlaces: [Int] = []
            JSONWriter.escape(text, into: &array) { arrayPlaces += [$0, $1] }
            var run = ByteRun(capacity: capacity)
            var runPlaces: [Int] = []
            JSONWriter.escape(text, into: &run) { runPlaces += [$0, $1] }
            #expect(run.count == array.count)
            let taken = run.take()
            #expect(taken == array, "\(text.debugDescription)")
            #expect(runPlaces == arrayPlaces)
        }
    }

    /// One run emptied and written again (as a worker's `PreparationScratch` is, article after
    /// article, long and short) gives each text's bytes and places as a fresh array does.
    @Test func byteRun_reusedAfterRemoveAllEscapesAsAFreshArrayDoes() {
        var run = ByteRun(capacity: 1)
        defer { run.deallocate() }
        let texts = ["\"quoted\"\n\n\u{1}\\", String(repeating: "a\"\n", count: 300), "", "short é"]
            + ByteFastPathTests.samples(ascii: false)
        for text in texts + texts.reversed() {
            var array: [UInt8] = []
            var arrayPlaces: [Int] = []
            JSONWriter.escape(text, into: &array) { arrayPlaces += [$0, $1] }
            run.removeAll()
            var runPlaces: [Int] = []
            JSONWriter.escape(text, into: &run) { runPlaces += [$0, $1] }
            #expect(run.copied() == array, "\(text.debugDescription)")
            #expect(Array(run.bytes) == array)
            #expect(runPlaces == arrayPlaces)
        }
    }

    @Test func byteRun_takesExactlyWhatWasAppended() {
        var run = ByteRun(capacity: 2)
        let bytes = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        run.append(UInt8(ascii: "<"))
        bytes.withUnsafeBufferPointer { run.append(run: $0) }
        run.append(run: UnsafeBufferPointer(start: nil, count: 0))
        run.append(UInt8(ascii: ">"))
        let taken = run.take()
        #expect(taken == [UInt8(ascii: "<")] + bytes + [UInt8(ascii: ">")])
    }
}
