import Testing

@testable import BylineCorpus

/// The string table's digest (part of a snapshot's identity, so of every ETag) covers each
/// string's UTF-8 and where it ends, whatever the script.
@Suite struct StringTableTests {
    func table(_ strings: [String]) -> StringTable {
        var table = StringTable()
        for string in strings { _ = table.append(string) }
        return table
    }

    func digest(_ table: StringTable) -> UInt64 {
        var digest = ContentDigest()
        table.digest(into: &digest)
        return digest.finish()
    }

    @Test func digest_coversEachStringsUTF8_andWhereItEnds() {
        let strings = ["", "said", "according to", "Renée Åberg", "Жанна", "👩‍👩‍👧 family", "e\u{301}", "said"]
        let stored = table(strings)
        #expect(strings.indices.allSatisfy { stored[Int32($0)] == strings[$0] })
        #expect(digest(stored) == digest(table(strings)))
        #expect(digest(table(["ab", "c"])) != digest(table(["a", "bc"])))
        #expect(digest(table(["Renée"])) != digest(table(["Rene\u{301}e"])))
        #expect(digest(table(["said", ""])) != digest(table(["said"])))
    }
}
