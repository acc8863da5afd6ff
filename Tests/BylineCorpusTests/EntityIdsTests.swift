import Testing

import BylineModel
@testable import BylineCorpus

/// Entity ids: slug order decides who gets the bare slug and who `-2`, whether the slugs are
/// compared as ASCII bytes or (any other script) as Strings.
@Suite struct EntityIdsTests {
    @Test func bytesCompare_asStringsDo() {
        let words = ["", "a", "ab", "abc", "abd", "b", "a-b", "a0", "zz", "z", "0", "9-1"]
        for x in words {
            for y in words {
                let expected = x == y ? 0 : x < y ? -1 : 1
                let got = Array(x.utf8).withUnsafeBufferPointer { a in
                    Array(y.utf8).withUnsafeBufferPointer { b in EntityIds.compare(a, b) }
                }
                #expect(got == expected, "\(x) vs \(y)")
            }
        }
    }

    @Test func collidingSlugs_takeSuffixesInMentionOrder_inAnyScript() {
        let ids = EntityIds.assign([
            (name: "Anna Berg", mentions: 2, type: .person),
            (name: "Anna-Berg", mentions: 5, type: .organization),
            (name: "Жанна Берг", mentions: 1, type: .person),
            (name: "Жанна  Берг", mentions: 3, type: .person),
            (name: "Zed", mentions: 1, type: .location),
        ])
        #expect(ids == ["anna-berg-2", "anna-berg", "жанна-берг-2", "жанна-берг", "zed"])
    }
}
