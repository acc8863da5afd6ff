@testable import BylineCorpus
import BylineExtraction
import BylineModel
import Foundation
import Testing

@Suite struct LinkingTests {
    @Test func aliasInAnotherArticle_linksToTheFullName() throws {
        let a = TestExtraction.make(
            title: "Summit Opens", paragraphs: ["Vladimir Putin arrived. Putin spoke."],
            entities: [TestEntity(name: "Vladimir Putin", type: .person, forms: ["Putin"])])
        let b = TestExtraction.make(
            title: "Summit Ends", paragraphs: ["Putin left early."],
            entities: [TestEntity(name: "Putin", type: .person)])
        let snapshot = CorpusSnapshot.build(from: [a, b])
        let putin = try #require(snapshot.entity(id: "vladimir-putin"))
        #expect(snapshot.stats.entityCount == 1)
        #expect(putin.aliases == ["Putin"])
        #expect(putin.articleCount == 2)
        #expect(putin.mentionCount == 3)
        #expect(putin.mentions?.map(\.articleId) == ["summit-opens", "summit-opens", "summit-ends"])
    }

    @Test func ambiguousShortName_staysItsOwnEntity() {
        let extractions = [
            ("One", "Hillary Clinton"), ("Two", "Bill Clinton"), ("Three", "Clinton"),
        ].map { title, name in
            TestExtraction.make(
                title: title, paragraphs: ["\(name) spoke. Clinton smiled."],
                entities: [TestEntity(name: name, type: .person, forms: name == "Clinton" ? [] : ["Clinton"])])
        }
        let ids = CorpusSnapshot.build(from: extractions).entities(EntityQuery(sort: .name)).items.map(\.id)
        #expect(ids == ["bill-clinton", "clinton", "hillary-clinton"])
    }

    @Test func aliasOfAnotherType_doesNotMerge() {
        let a = TestExtraction.make(
            title: "A", paragraphs: ["George Washington crossed. Washington rowed."],
            entities: [TestEntity(name: "George Washington", type: .person, forms: ["Washington"])])
        let b = TestExtraction.make(
            title: "B", paragraphs: ["Rain fell on Washington."], entities: [TestEntity(name: "Washington", type: .location)])
        #expect(CorpusSnapshot.build(from: [a, b]).stats.entityCount == 2)
    }

    @Test func sameNameInManyArticles_isOneEntity_withCorpusWideCounts() {
        let extractions = (1...3).map { index in
            TestExtraction.make(
                title: "Story \(index)", paragraphs: ["NATO met. NATO agreed."],
                entities: [TestEntity(name: "NATO", type: .organization)])
        }
        let entity = CorpusSnapshot.build(from: extractions).entity(id: "nato")
        #expect(entity?.articleCount == 3)
        #expect(entity?.mentionCount == 6)
    }

    @Test func collidingSlugs_getDeterministicSuffixes() {
        let ids = EntityIds.assign([("Room ½", 1, .location), ("Room", 5, .location), ("Room", 1, .organization)])
        #expect(ids == ["room-3", "room", "room-2"])
    }

    @Test func quotes_getArticleScopedIds_andLinkedSpeakers() throws {
        let a = TestExtraction.make(
            title: "Talks Resume",
            paragraphs: ["\"We are ready,\" Ana Díaz said.", "\"Not yet,\" said a spokesman."],
            entities: [TestEntity(name: "Ana Díaz", type: .person)],
            quotes: [TestQuote(text: "Not yet,", speaker: nil), TestQuote(text: "We are ready,", speaker: 0)])
        let document = try #require(ExtractDocumentBuilder.document(for: a))
        #expect(document.quotes.map(\.id) == ["talks-resume-q1", "talks-resume-q2"])
        #expect(document.quotes.map(\.speaker) == [EntityReference(id: "ana-diaz", name: "Ana Díaz"), nil])
        #expect(document.article.quoteCount == 2)
        #expect(document.article.entityCount == 1)
    }

    @Test func offsetsOutsideTheText_areDropped_notTrapped() {
        var a = TestExtraction.make(title: "Short", paragraphs: ["Tiny."])
        a.entities = [RecognizedEntity(name: "Ghost", type: .person, mentions: [TextSpan(start: 3, end: 99)])]
        a.quotes = [ExtractedQuote(span: TextSpan(start: 50, end: 60), kind: .full)]
        let snapshot = CorpusSnapshot.build(from: [a])
        #expect(snapshot.entity(id: "ghost")?.mentions == [])
        #expect(snapshot.stats.quoteCount == 0)
    }

    @Test func spansSplittingAnEmoji_areDropped() {
        var a = TestExtraction.make(title: "Emoji", paragraphs: ["Wave 👋 now."])
        // 👋 is two UTF-16 code units at 5..<7: 6 falls between them.
        a.quotes = [ExtractedQuote(span: TextSpan(start: 6, end: 11), kind: .full)]
        a.entities = [RecognizedEntity(name: "Wave", type: .person, mentions: [TextSpan(start: 0, end: 6)])]
        let snapshot = CorpusSnapshot.build(from: [a])
        #expect(snapshot.stats.quoteCount == 0)
        #expect(snapshot.entity(id: "wave")?.mentions == [])
    }

    @Test func quoteText_withEscapes_isSlicedFromTheStoredText() throws {
        let paragraph = #"She wrote "a \ b" and "C:\path", then "tab\there.""#
        let a = TestExtraction.make(
            title: "Escapes", paragraphs: [paragraph, "\"Line two \u{1F600} 😀,\" he said."],
            quotes: [TestQuote(text: #"a \ b"#, speaker: nil), TestQuote(text: #"C:\path"#, speaker: nil),
                     TestQuote(text: "Line two \u{1F600} 😀,", speaker: nil)])
        let snapshot = CorpusSnapshot.build(from: [a])
        let texts = snapshot.quotes(QuoteQuery(page: .all)).items.map(\.text)
        #expect(texts == [#"a \ b"#, #"C:\path"#, "Line two \u{1F600} 😀,"])
        let bytes = try #require(snapshot.encodedQuote(id: "escapes-q3"))
        let decoded = try JSONDecoder().decode(Quote.self, from: Data(bytes))
        let text = try #require(snapshot.article(id: "escapes")?.text)
        #expect(jsSlice(text, decoded.start, decoded.end) == decoded.text)
    }
}
