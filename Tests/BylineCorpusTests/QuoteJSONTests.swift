@testable import BylineCorpus
import BylineModel
import Foundation
import Testing

@Suite struct QuoteJSONTests {
    @Test(arguments: [
        "plain words", "with \"quotes\" and \\ backslash", "line\nbreak\ttab\rreturn", "bell\u{07} and \u{1F}",
        "emoji 👨‍👩‍👧 and accents: Ça, Größe", "a/b slashes", "",
    ])
    func handWrittenJSON_decodesToTheSameQuote(_ text: String) throws {
        for quote in [
            Quote(id: "a-q1", articleId: "a", text: text, start: 0, end: text.utf16.count, kind: .full),
            Quote(
                id: "a-q2", articleId: "a", text: text, start: 3, end: 9,
                speaker: EntityReference(id: "jane-doe", name: "Jane \"JD\" Doe"), cue: "said", kind: .indirect,
                speakerText: "she"),
        ] {
            let bytes = QuoteJSON.encode(quote)
            #expect(try JSONDecoder().decode(Quote.self, from: Data(bytes)) == quote)
            #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
        }
    }

    @Test func nullSpeaker_isWritten_absentCueIsNot() {
        let json = String(decoding: QuoteJSON.encode(Quote(id: "a-q1", articleId: "a", text: "x", start: 0, end: 1, kind: .partial)), as: UTF8.self)
        #expect(json == #"{"articleId":"a","end":1,"id":"a-q1","kind":"partial","speaker":null,"start":0,"text":"x"}"#)
    }

    @Test(arguments: ["", "q1", "kremlin-talks-end", "kremlin-talks-end-q0", "kremlin-talks-end-q9", "kremlin-talks-end-qx", "nobody-q1"])
    func malformedOrUnknownQuoteIds_findNothing(_ id: String) {
        #expect(SampleCorpus.snapshot().quote(id: id) == nil)
    }

    @Test func quoteIds_findTheirQuote() {
        let snapshot = SampleCorpus.snapshot()
        #expect(snapshot.quote(id: "kremlin-talks-end-q2")?.text == "We will meet again.")
        #expect(snapshot.encodedQuote(id: "mayor-opens-library-q1") != nil)
    }
}
