import Foundation
import Testing

/// The corpus shipped in the repository, as `byline serve` serves it by default.
@Suite struct BundledCorpusTests {
    @Test func bundledCorpus_servesItsArticles() throws {
        let server = try TestServer(corpus: Fixtures.bundledCorpus)
        let (response, body) = try server.json("/articles")
        #expect(response.status == 200)
        let items = JSON.items(body)
        #expect(!items.isEmpty)
        #expect(body["total"] as? Int == items.count)
        for item in items {
            guard let id = item["id"] as? String else { continue }
            #expect(try server.request("GET", "/articles/\(id)?include=entities,quotes").status == 200)
        }
    }

    /// Seed-specific facts that hold once real entity and quote extraction is in; with the
    /// placeholder extractors (no entities at all) there is nothing to check yet.
    @Test func seedArticle_namesPutinAndQuotesTillerson_whenExtractorsAreReal() throws {
        let server = try TestServer(corpus: Fixtures.bundledCorpus)
        let entities = try server.json("/entities?limit=500").1
        guard (entities["total"] as? Int ?? 0) > 0 else { return }
        let putin = JSON.items(try server.json("/entities?q=putin&type=person").1)
        #expect(putin.contains { $0["id"] as? String == "vladimir-putin" })
        let quotes = try server.json("/quotes").1
        guard (quotes["total"] as? Int ?? 0) > 0 else { return }
        let tillerson = JSON.items(try server.json("/quotes?speaker=tillerson&limit=500").1)
        #expect(tillerson.contains { ($0["text"] as? String)?.contains("low level of trust") == true })
    }
}
