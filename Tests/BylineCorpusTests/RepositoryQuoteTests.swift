import BylineCorpus
import BylineModel
import Foundation
import Testing

@Suite struct RepositoryQuoteTests {
    let snapshot = SampleCorpus.snapshot()

    func ids(_ query: QuoteQuery) -> [String] { snapshot.quotes(query).items.map(\.id) }

    @Test func corpusOrder_followsArticles_thenText() {
        #expect(ids(QuoteQuery()) == [
            "kremlin-talks-end-q1", "kremlin-talks-end-q2", "moscow-weather-turns-cold-q1", "mayor-opens-library-q1",
        ])
    }

    @Test func bySpeakerIdOrName() {
        #expect(ids(QuoteQuery(speakerId: "vladimir-putin")) == ["kremlin-talks-end-q1", "kremlin-talks-end-q2"])
        #expect(ids(QuoteQuery(speakerName: "putin")) == ["kremlin-talks-end-q1", "kremlin-talks-end-q2"])
        #expect(ids(QuoteQuery(speakerName: "Ana Munoz")) == ["mayor-opens-library-q1"])
    }

    @Test func byArticleKindAndAttribution() {
        #expect(ids(QuoteQuery(articleId: "moscow-weather-turns-cold")) == ["moscow-weather-turns-cold-q1"])
        #expect(ids(QuoteQuery(kind: .partial)) == ["mayor-opens-library-q1"])
        #expect(ids(QuoteQuery(attributed: false)) == ["moscow-weather-turns-cold-q1"])
        #expect(ids(QuoteQuery(speakerId: "vladimir-putin", attributed: false)).isEmpty)
    }

    @Test func fullText_overQuoteWords() {
        #expect(ids(QuoteQuery(text: "meet again")) == ["kremlin-talks-end-q2"])
    }

    @Test func encodedQuote_keepsANullSpeaker() throws {
        let bytes = try #require(snapshot.encodedQuote(id: "moscow-weather-turns-cold-q1"))
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""speaker":null"#))
    }
}
