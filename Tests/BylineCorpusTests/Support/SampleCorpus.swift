import BylineCorpus
import BylineExtraction
import BylineModel

/// Three small articles with entities and quotes, for repository queries.
enum SampleCorpus {
    static let putin = TestEntity(name: "Vladimir Putin", type: .person, forms: ["Putin"])
    static let lavrov = TestEntity(name: "Sergey Lavrov", type: .person, forms: ["Lavrov"])
    static let moscow = TestEntity(name: "Moscow", type: .location)
    static let munoz = TestEntity(name: "Ana Muñoz", type: .person, forms: ["Muñoz"])

    static func snapshot() -> CorpusSnapshot {
        CorpusSnapshot.build(from: [
            TestExtraction.make(
                title: "Kremlin Talks End", paragraphs: [
                    "Vladimir Putin met Sergey Lavrov in Moscow.",
                    "\"The talks were useful,\" Putin said. \"We will meet again.\"",
                ],
                entities: [putin, lavrov, moscow],
                quotes: [TestQuote(text: "The talks were useful,", speaker: 0), TestQuote(text: "We will meet again.", speaker: 0)],
                publishedAt: "2017-04-12", authors: ["Jane Doe"], outlet: "NPR"),
            TestExtraction.make(
                title: "Moscow Weather Turns Cold", paragraphs: [
                    "Snow fell on Moscow. Lavrov cancelled a trip.",
                    "\"It is cold,\" said a resident, smiling.",
                ],
                entities: [lavrov, moscow], quotes: [TestQuote(text: "It is cold,", speaker: nil)],
                publishedAt: "2017-01-03"),
            TestExtraction.make(
                title: "Mayor Opens Library", paragraphs: [
                    "Ana Muñoz opened a library about Moscow history.",
                    "\"Reading matters,\" Muñoz said.",
                ],
                entities: [munoz, moscow], quotes: [TestQuote(text: "Reading matters,", speaker: 0, kind: .partial)]),
        ])
    }
}
