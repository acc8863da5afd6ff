@testable import BylineCorpus
import BylineModel
import Testing

/// The table folding and the byte paths must give exactly what Foundation's folding gives,
/// or an index built by one would not meet a query folded by the other.
@Suite struct FoldTableTests {
    /// Every scalar of the table that can be part of a token, alone and between, before and
    /// after other letters (upper and lower case ASCII, another table letter, a join).
    static let tableTokens: [String] = FoldTable.range.compactMap(Unicode.Scalar.init).filter {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
    }.flatMap { scalar -> [String] in
        let letter = String(Character(scalar))
        return [letter, "a\(letter)b", "\(letter)\(letter)", "Z\(letter)", "\(letter)'s", "\(letter)ÉÑ", "U.\(letter)"]
    }

    @Test func everyEntry_isFoundationsFoldingOfItsScalar() {
        #expect(FoldTable.entries.count == FoldTable.range.count)
        for (offset, value) in FoldTable.range.enumerated() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = Array(SearchTokenizer.fold(String(Character(scalar))).utf8)
            #expect(FoldTable.entries[offset] == folded, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func tableHashes_equalFoundationFoldingOfTheWholeToken() {
        for token in Self.tableTokens {
            var hashes: [UInt64] = []
            SearchTokenizer.forEachTerm(in: token) { hashes.append($0) }
            let expected = SearchTokenizer.tokens(in: token).map(TermHash.of)
            let reference = [TermHash.of(SearchTokenizer.fold(token.filter { $0 != "'" && $0 != "." }))]
            #expect(hashes == expected, "\(token)")
            #expect(hashes == reference, "\(token)")
        }
    }

    @Test(arguments: [
        "José Martínez-Ñúñez", "Łódź Straße", "Ørsted Ærø", "İstanbul ĳssel", "Zoë O’Brien", "e\u{301}cole",
        "Путин Kremlin", "ǅemal Ǆ", "U.S. officials", "  ", "",
    ])
    func entityKey_equalsFoldedTokensJoined(_ name: String) {
        #expect(EntityKey.of(name) == SearchTokenizer.tokens(in: name).joined(separator: " "))
        #expect(EntityKey.of(name) == SearchTokenizerTests.reference(name).joined(separator: " "))
    }

    /// The slow, scalar-by-scalar slug for ASCII text (no transliterations apply to ASCII).
    static func referenceSlug(_ text: String, maxLength: Int = 100) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.folding().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar != "'" {
                pendingHyphen = true
            }
        }
        if slug.count > maxLength {
            let cut = slug.prefix(maxLength)
            slug = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        return slug
    }

    @Test func asciiSlug_equalsTheScalarRules() {
        var texts = [
            "Putin, Tillerson Meet At Kremlin", "U.S. and U.N. -- 3.5% of 2017's vote", "  --  ", "",
            "Russia's \"slanderous\" claim!", "A_B~C`D{E}|F", String(repeating: "word ", count: 40),
        ]
        texts.append(String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }))
        for text in texts {
            #expect(Slug.make(text) == Self.referenceSlug(text), "\(text)")
            #expect(Slug.make(text, maxLength: 12) == Self.referenceSlug(text, maxLength: 12), "\(text)")
        }
    }
}
