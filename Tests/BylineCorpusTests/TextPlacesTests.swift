import Testing

@testable import BylineCorpus

@Suite struct TextPlacesTests {
    /// Offsets in any order (quote edges nearly always ascend; the walk must not depend on it)
    /// give the UTF-8 and escaped places of each.
    @Test func offsetsInAnyOrder_giveTheirUTF8AndEscapedPlaces() {
        let text = "Tab\there, \"quoted\\\" ß and\nnew 中文 line \u{1} control, é and 😀👩‍👩‍👧 after \"end\"."
        var places = TextPlaces()
        var escaped: [UInt8] = []
        JSONWriter.escape(text, into: &escaped) { places.escaped(next: $0, at: $1) }
        let utf16 = Array(text.utf16)
        var boundaries = [0]
        for scalar in text.unicodeScalars { boundaries.append(boundaries[boundaries.count - 1] + scalar.utf16.count) }
        let expectedUTF8 = boundaries.map { offset in
            String(decoding: utf16[..<offset], as: UTF16.self).utf8.count
        }
        let inOrder = places.escapedOffsets(of: expectedUTF8)
        for shuffle in [boundaries.reversed(), boundaries.enumerated().map { boundaries[($0.offset * 7) % boundaries.count] }] {
            let utf8 = TextPlaces.utf8Offsets(of: shuffle, in: utf16, isASCII: false)
            let expected = shuffle.map { expectedUTF8[boundaries.firstIndex(of: $0) ?? 0] }
            #expect(utf8 == expected)
            #expect(places.escapedOffsets(of: utf8) == shuffle.map { inOrder[boundaries.firstIndex(of: $0) ?? 0] })
        }
    }
}
