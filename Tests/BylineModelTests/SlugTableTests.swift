@testable import BylineModel
import BylineTestSupport
import Testing

/// The byte path (`Slug.tableSlug`) must give exactly what the Foundation path gives, or an
/// article's id would depend on which path its title took.
@Suite struct SlugTableTests {
    /// Every scalar the tables cover.
    static let tableScalars: [Unicode.Scalar] =
        (Slug.latinStart..<Slug.latinStart + UInt32(Slug.latin.count)).compactMap(Unicode.Scalar.init)
        + (Slug.punctuationStart..<Slug.punctuationStart + UInt32(Slug.punctuation.count)).compactMap(Unicode.Scalar.init)

    @Test func everyTableScalar_alone_andBesideLetters_givesTheFoundationSlug() {
        var settled = 0
        for scalar in Self.tableScalars {
            let piece = String(Character(scalar))
            for text in [piece, "a\(piece)b", "Z\(piece)\(piece)9", "\(piece)'s x", "U.\(piece).S", "\(piece)É ø"] {
                let fast = Slug.tableSlug(text, maxLength: 100)
                if let fast {
                    settled += 1
                    #expect(fast == Slug.foundationSlug(text, maxLength: 100), "\(text.unicodeScalars.map(\.value))")
                }
                #expect(Slug.make(text) == Slug.foundationSlug(text, maxLength: 100))
            }
        }
        // Most of the tables settle their scalar: the fast path is really taken.
        #expect(settled > Self.tableScalars.count * 4)
    }

    @Test func unsettledEntries_sendTheTextToFoundation() {
        #expect(Slug.tableSlug("Ŀ", maxLength: 100) == nil)  // U+013F folds to U+0140, not ASCII
        #expect(Slug.tableSlug("e\u{301}cole", maxLength: 100) == nil)  // a combining mark
        #expect(Slug.tableSlug("Путин", maxLength: 100) == nil)
        #expect(Slug.tableSlug("😀 news", maxLength: 100) == nil)
    }

    @Test func generatedTitles_giveTheFoundationSlug() {
        let pieces = [
            "José", "Martínez", "Łódź", "Straße", "Ørsted", "Ærø", "O’Brien", "Zoë", "Dvořák", "Ștefan",
            "Țară", "—", "–", "“quoted”", "‘single’", "\u{00A0}", "\u{2009}", "…", "U.S.", "3.5%", "'s",
            "Nguyễn", "İstanbul", "ĳssel", "Œuvre", "Þór", "Ħal", "ŉ", "¿Qué?", "½", "©2017", "Ǆemal",
        ]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 8) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
                .joined(separator: generator.next() % 3 == 0 ? "" : " ")
            let maxLength = Int(generator.next() % 40) + 1
            #expect(Slug.make(text, maxLength: maxLength) == Slug.foundationSlug(text, maxLength: maxLength), "\(text)")
        }
    }

    /// The byte path writes into a string of twice the input's bytes: the longest outputs
    /// (two letters for every two bytes, a hyphen before each) and the edges of `maxLength`.
    @Test func longestOutputsAndEdgeLengths_giveTheFoundationSlug() {
        let texts = ["", "-", "Æ", "ÆÆÆÆÆÆÆÆÆÆÆÆÆÆÆÆÆÆ", "a Æ b Þ c ß d", "Æ-Œ-Þ-ß", String(repeating: "x.", count: 40), "a—b—c"]
        for text in texts {
            for maxLength in [0, 1, 2, 3, 5, 100] {
                #expect(Slug.tableSlug(text, maxLength: maxLength) == Slug.foundationSlug(text, maxLength: maxLength), "\(text) \(maxLength)")
            }
        }
    }
}
