import BylineTestSupport
import Testing

@testable import BylineCorpus

/// `ByteStrings` numbers strings exactly as a dictionary keyed by their UTF-8 bytes would.
@Suite struct ByteStringsTests {
    static func check(_ strings: [String]) {
        var table = ByteStrings()
        var reference: [[UInt8]: Int] = [:]
        for string in strings {
            let bytes = Array(string.utf8)
            let known = reference[bytes]
            let expected = known ?? reference.count
            if known == nil { reference[bytes] = expected }
            let (number, isNew) = table.number(of: string)
            #expect(number == expected, "\(string)")
            #expect(isNew == (known == nil), "\(string)")
        }
        #expect(table.count == reference.count)
    }

    @Test func number_isTheFirstSeenOrder_andGrowsPastManyStrings() {
        var generator = SeededGenerator(seed: 7)
        let words = ["Putin", "Vladimir Putin", "NATO", "Ana Díaz", "", "U.S.", "Łódź", "👋"]
        let strings = (0..<3_000).map { _ in
            "\(words[Int.random(in: 0..<words.count, using: &generator)]) \(Int.random(in: 0..<400, using: &generator))"
        }
        Self.check(strings + words + words)
    }

    @Test func canonicallyEquivalentSpellings_withOtherBytes_getTwoNumbers() {
        var table = ByteStrings()
        let composed = table.number(of: "Jos\u{E9}")
        let decomposed = table.number(of: "Jose\u{301}")
        #expect(composed.number != decomposed.number)
        #expect(table.number(of: "Jos\u{E9}") == (composed.number, false))
    }
}
