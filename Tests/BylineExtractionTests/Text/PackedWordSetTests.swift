import BylineTestSupport
import Testing

@testable import BylineExtraction

/// `PackedWordSet` must answer as `Set<String>.contains` of the ASCII-lowercased word does.
@Suite struct PackedWordSetTests {
    static let listed = ["and", "of", "broadcasting", "correspondents", "e-mail", "&", "tv", "fifteen-letters", "sixteen-letters!", "seventeen-letters"]

    static func lookUp(_ set: PackedWordSet, _ word: String, lowercasing: Bool) -> Bool {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer {
            lowercasing ? set.containsLowercased($0, 0..<$0.count) : set.contains($0, 0..<$0.count)
        }
    }

    @Test func listedWords_areFoundInAnyCase() {
        let set = PackedWordSet(Self.listed)
        for word in Self.listed where word.utf8.count <= PackedWordSet.capacity {
            #expect(Self.lookUp(set, word, lowercasing: true), "\(word)")
            #expect(Self.lookUp(set, word.uppercased(), lowercasing: true), "\(word)")
            #expect(Self.lookUp(set, word, lowercasing: false), "\(word)")
        }
        #expect(!Self.lookUp(set, "AND", lowercasing: false))
    }

    @Test func prefixesAndExtensions_andNULBytes_areNotListed() {
        let set = PackedWordSet(Self.listed)
        for word in ["an", "andy", "o", "off", "broadcast", "tv\u{0}", "\u{0}tv", "", "correspondentss"] {
            #expect(!Self.lookUp(set, word, lowercasing: true), "\(word.debugDescription)")
        }
    }

    @Test func wordsLongerThanSixteenBytes_areLeftOut() {
        let set = PackedWordSet(Self.listed)
        #expect(set.maxLength == 16)
        #expect(Self.lookUp(set, "sixteen-letters!", lowercasing: true))
        #expect(!Self.lookUp(set, "seventeen-letters", lowercasing: true))
    }

    /// The same set answers over UTF-16 units as over UTF-8 bytes (one packing for both).
    @Test func utf16Units_answerAsBytesDo() {
        var random = SeededGenerator(seed: 43)
        let words = (0..<300).map { _ in Self.randomWord(&random) }
        let packed = PackedWordSet(words.prefix(100))
        for word in words + words.map({ $0.uppercased() }) {
            let units = Array(word.utf16)
            for folding in [false, true] {
                let wide = units.withUnsafeBufferPointer { packed.contains($0, 0..<$0.count, folding: folding) }
                #expect(wide == Self.lookUp(packed, word, lowercasing: folding), "\(word)")
            }
            if units.count <= 8 {
                let key = units.withUnsafeBufferPointer { PackedWordSet.packedKey($0, 0..<$0.count, folding: true) }
                #expect(packed.contains(packed: key) == Self.lookUp(packed, word, lowercasing: true), "\(word)")
            }
        }
    }

    @Test func generatedWords_answerAsTheSetDoes() {
        var random = SeededGenerator(seed: 41)
        let words = (0..<300).map { _ in Self.randomWord(&random) }
        let listed = Array(words.prefix(100))
        let packed = PackedWordSet(listed)
        let set = Set(listed.filter { $0.utf8.count <= PackedWordSet.capacity })  // longer ones are left out
        for word in words + words.map { $0.uppercased() } + (0..<300).map({ _ in Self.randomWord(&random) }) {
            #expect(Self.lookUp(packed, word, lowercasing: true) == set.contains(word.lowercased()), "\(word)")
            #expect(Self.lookUp(packed, word, lowercasing: false) == set.contains(word), "\(word)")
        }
    }

    /// Short words over a small alphabet (so that many collide and share prefixes).
    static func randomWord(_ random: inout SeededGenerator) -> String {
        let alphabet = Array("abAB-'&.x")
        let length = 1 + random.next(below: 18)
        return String((0..<length).map { _ in alphabet[random.next(below: alphabet.count)] })
    }
}
