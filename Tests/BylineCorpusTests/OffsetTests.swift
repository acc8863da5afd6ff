import BylineCorpus
import BylineExtraction
import BylineModel
import Foundation
import Testing

/// API.md: `text.slice(start, end) == text` for every mention and quote, in UTF-16 code units,
/// whatever the text holds.
@Suite struct OffsetTests {
    static let paragraphs = [
        "👍🏽 José Núñez met Zoë Ångström in Kraków 🇵🇱 on Tuesday.",
        "\"Ça va très bien 😀,\" Núñez said. Ångström added: \"Größer ist besser.\"",
        "家族 👨‍👩‍👧 visited São Paulo, where Núñez grew up.",
    ]

    static func documents() throws -> [ExtractDocument] {
        let a = TestExtraction.make(
            title: "Émigrés Meet", paragraphs: paragraphs,
            entities: [
                TestEntity(name: "José Núñez", type: .person, forms: ["Núñez"]),
                TestEntity(name: "Zoë Ångström", type: .person, forms: ["Ångström"]),
                TestEntity(name: "Kraków", type: .location), TestEntity(name: "São Paulo", type: .location),
            ],
            quotes: [TestQuote(text: "Ça va très bien 😀,", speaker: 0), TestQuote(text: "Größer ist besser.", speaker: 1)])
        let b = TestExtraction.make(
            title: "Second 🎉 Story", paragraphs: ["🎉🎉 Núñez returned to Kraków."],
            entities: [TestEntity(name: "Núñez", type: .person), TestEntity(name: "Kraków", type: .location)])
        return ExtractDocumentBuilder.documents(for: [a, b])
    }

    @Test func everyMentionAndQuote_slicesToItsText() throws {
        let documents = try Self.documents()
        var checked = 0
        for document in documents {
            let text = document.article.text
            for mention in document.entities.flatMap({ $0.mentions ?? [] }) {
                #expect(jsSlice(text, mention.start, mention.end) == mention.text)
                checked += 1
            }
            for quote in document.quotes {
                #expect(jsSlice(text, quote.start, quote.end) == quote.text)
                checked += 1
            }
        }
        #expect(checked == 11)  // 7 + 2 mentions, 2 quotes
    }

    @Test func offsetsSurviveJSON_asAJavaScriptClientReadsThem() throws {
        let data = try JSONEncoder().encode(try Self.documents())
        let decoded = try JSONDecoder().decode([ExtractDocument].self, from: data)
        let núñez = try #require(decoded[1].entities.first { $0.id == "jose-nunez" })
        #expect(núñez.mentions?.map(\.text) == ["Núñez"])
        let mention = try #require(núñez.mentions?.first)
        #expect(mention.start == 5)  // two emoji of two UTF-16 code units each, then a space
        #expect(jsSlice(decoded[1].article.text, mention.start, mention.end) == "Núñez")
    }
}
