import Testing

@testable import BylineExtraction

/// The context lowers capitalized Latin-1 words itself (`latin1Lowercased`): every answer
/// must be what `lowercased()` gives, and text beyond Latin-1 must be left to it.
@Suite struct AttributionContextLatin1Tests {
    @Test func everyLatin1Scalar_lowersAsLowercasedDoes() {
        for value in UInt32(0)...0xFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            #expect(AttributionContext.latin1Lowercased(text) == text.lowercased(), "U+\(String(value, radix: 16))")
            #expect(AttributionContext.latin1Lowercased(text).map { Array($0.utf8) } == Array(text.lowercased().utf8))
        }
    }

    @Test func names_lowerAsLowercasedDoes_andOtherTextIsLeftAlone() {
        for name in ["José", "MÜLLER", "Ñúñez", "ÉCOLE", "Øyvind", "Straße", "Ça"] {
            #expect(AttributionContext.latin1Lowercased(name).map { Array($0.utf8) } == Array(name.lowercased().utf8), "\(name)")
        }
        for name in ["Łukasz", "İstanbul", "Ἀθῆναι", "Zoë\u{301}"] where name.unicodeScalars.contains(where: { $0.value > 0xFF }) {
            #expect(AttributionContext.latin1Lowercased(name) == nil, "\(name)")
        }
    }

    @Test func contextLower_givesLowercased_forCapitalizedLatin1Words() {
        let text = ArticleText(paragraphs: ["José Müller and ÉCOLE NORMALE said Ñúñez was there."])
        let context = AttributionContext(TokenizedText(text), quotes: [])
        for index in context.tokens.indices where context.tokens[index].isCapitalized {
            #expect(context.lower(index) == context.tokens[index].text.lowercased())
        }
    }
}
