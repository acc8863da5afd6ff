import Testing

import BylineModel
@testable import BylineCorpus

/// Entity ids: slug order decides who gets the bare slug and who `-2`, whether the slugs are
/// compared as ASCII bytes or (any other script) as Strings.
@Suite struct EntityIdsTests {
    @Test func asciiKeys_compareAsStringsDo() {
        let words = [
            "", "a", "ab", "abc", "abd", "b", "a-b", "a0", "zz", "z", "0", "9-1", "2017-04-12", "2017-04-13",
            "é", "e\u{301}", "ea", "f", "жанна", "Ω", "a\u{301}b",
        ]
        let keys = ASCIIKeys(words)
        for a in words.indices {
            for b in words.indices {
                let (x, y) = (words[a], words[b])
                let expected = x == y ? 0 : x < y ? -1 : 1
                #expect(keys.compare(a, b) == expected, "\(x.debugDescription) vs \(y.debugDescription)")
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
