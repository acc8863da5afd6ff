import Foundation
import Testing

@Suite struct ArticleEndpointTests {
    func ids(_ path: String) throws -> [String] {
        let (response, body) = try Fixtures.server().json(path)
        #expect(response.status == 200, "\(path)")
        return JSON.items(body).compactMap { $0["id"] as? String }
    }

    @Test func list_isNewestFirstByDefault_withListShape() throws {
        let (response, body) = try Fixtures.server().json("/articles")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(body["total"] as? Int == 5)
        #expect(body["limit"] as? Int == 20)
        #expect(body["offset"] as? Int == 0)
        let items = JSON.items(body)
        #expect(items.count == 5)
        let dates = items.compactMap { $0["publishedAt"] as? String }
        #expect(dates == dates.sorted(by: >))
        for item in items {
            #expect(item["text"] == nil, "summaries carry no text")
            #expect(item["excerpt"] is String)
            #expect(item["title"] is String)
        }
    }

    @Test func sort_dateAscending_titleAlphabetical_dateDescending() throws {
        let server = try Fixtures.server()
        let ascending = JSON.items(try server.json("/articles?sort=date").1).compactMap { $0["publishedAt"] as? String }
        #expect(ascending.count == 5 && ascending == ascending.sorted())
        let descending = JSON.items(try server.json("/articles?sort=-date").1).compactMap { $0["publishedAt"] as? String }
        #expect(descending == ascending.reversed())
        let titles = JSON.items(try server.json("/articles?sort=title").1).compactMap { $0["title"] as? String }
        #expect(titles == titles.sorted { $0.lowercased() < $1.lowercased() })
        #expect(try server.request("GET", "/articles?sort=popular").status == 400)
    }

    @Test func search_needsEveryTerm_ignoresCaseAndAccents() throws {
        let ferry = try ids("/articles?q=ferry")
        #expect(Set(ferry) == ["harbor-council-approves-new-ferry-route-after-long-debate", "ferry-budget-review-finds-gaps-in-dock-repair-costs"])
        #expect(try ids("/articles?q=FERRY%20grants") == ["ferry-budget-review-finds-gaps-in-dock-repair-costs"])
        #expect(try ids("/articles?q=alvarez") == ["cafe-owner-turns-old-bank-into-community-kitchen"])
        #expect(try ids("/articles?q=%C3%81LVAREZ%20caf%C3%A9") == ["cafe-owner-turns-old-bank-into-community-kitchen"])
        #expect(try ids("/articles?q=ferry%20robot").isEmpty)
    }

    @Test func dateRange_andAuthor_filters_combine() throws {
        let server = try Fixtures.server()
        let (_, body) = try server.json("/articles?from=2021-01-01&to=2021-12-31")
        let dates = JSON.items(body).compactMap { $0["publishedAt"] as? String }
        #expect(dates.count == 2)
        #expect(dates.allSatisfy { $0 >= "2021-01-01" && $0 <= "2021-12-31" })
        let byGrant = try ids("/articles?author=thomas%20grant")
        #expect(Set(byGrant) == ["ferry-budget-review-finds-gaps-in-dock-repair-costs", "volunteers-pull-two-tons-of-trash-from-the-willow-river"])
        #expect(try ids("/articles?author=Thomas%20Grant&q=ferry") == ["ferry-budget-review-finds-gaps-in-dock-repair-costs"])
        #expect(try ids("/articles?author=Thomas%20Grant&from=2022-01-01") == ["volunteers-pull-two-tons-of-trash-from-the-willow-river"])
        #expect(try ids("/articles?from=2030-01-01").isEmpty)
    }

    @Test(arguments: ["from=2021-02-30", "from=yesterday", "to=2021-13-01", "q=", "q=%20%20", "sort=", "entity="])
    func malformedFilter_is400NamingIt(query: String) throws {
        let response = try Fixtures.server().request("GET", "/articles?" + query)
        #expect(response.status == 400)
        let error = try JSON.object(response.body)["error"] as? [String: Any]
        let name = String(query.prefix { $0 != "=" })
        #expect(error?["parameter"] as? String == name)
        #expect((error?["message"] as? String)?.contains("'\(name)'") == true)
    }

    @Test func detail_hasTextAndParagraphs_consistently() throws {
        let server = try Fixtures.server()
        for id in try ids("/articles") {
            let (response, article) = try server.json("/articles/\(id)")
            #expect(response.status == 200)
            #expect(article["id"] as? String == id)
            let paragraphs = article["paragraphs"] as? [String] ?? []
            #expect(!paragraphs.isEmpty)
            #expect(article["text"] as? String == paragraphs.joined(separator: "\n\n"))
            #expect(article["entities"] == nil && article["quotes"] == nil)
        }
    }

    @Test func include_embedsEntitiesAndQuotes_withOffsetsIntoTheText() throws {
        let server = try Fixtures.server()
        for id in try ids("/articles") {
            let (response, article) = try server.json("/articles/\(id)?include=entities,quotes")
            #expect(response.status == 200)
            let text = Array((article["text"] as? String ?? "").utf16)
            let entities = article["entities"] as? [[String: Any]]
            let quotes = article["quotes"] as? [[String: Any]]
            #expect(entities != nil && quotes != nil)
            #expect(entities?.count == article["entityCount"] as? Int)
            #expect(quotes?.count == article["quoteCount"] as? Int)
            for quote in quotes ?? [] { expectSpan(quote, in: text) }
            for entity in entities ?? [] {
                for mention in entity["mentions"] as? [[String: Any]] ?? [] {
                    #expect(mention["articleId"] as? String == id)
                    expectSpan(mention, in: text)
                }
            }
            let onlyQuotes = try server.json("/articles/\(id)?include=quotes").1
            #expect(onlyQuotes["entities"] == nil && onlyQuotes["quotes"] != nil)
        }
        #expect(try server.request("GET", "/articles/\(try ids("/articles")[0])?include=comments").status == 400)
    }

    func expectSpan(_ object: [String: Any], in text: [UInt16]) {
        guard let start = object["start"] as? Int, let end = object["end"] as? Int, 0 <= start, start <= end, end <= text.count
        else {
            Issue.record("span out of the text: \(object)")
            return
        }
        #expect(String(decoding: text[start..<end], as: UTF16.self) == object["text"] as? String)
    }

    @Test func articleEntitiesAndQuotes_areListsOfThatArticle() throws {
        let server = try Fixtures.server()
        for id in try ids("/articles") {
            let (entities, entityBody) = try server.json("/articles/\(id)/entities?limit=500")
            #expect(entities.status == 200)
            #expect(entityBody["total"] as? Int == JSON.items(entityBody).count)
            let (quotes, quoteBody) = try server.json("/articles/\(id)/quotes?limit=500")
            #expect(quotes.status == 200)
            #expect(JSON.items(quoteBody).allSatisfy { $0["articleId"] as? String == id })
        }
    }

    @Test(arguments: ["/articles/no-such-article", "/articles/no-such-article/entities", "/articles/no-such-article/quotes"])
    func unknownArticle_is404NamingTheId(path: String) throws {
        let (response, body) = try Fixtures.server().json(path)
        #expect(response.status == 404)
        let error = body["error"] as? [String: Any]
        #expect(error?["status"] as? Int == 404)
        #expect(error?["code"] as? String == "not_found")
        #expect(error?["message"] as? String == "no article with id 'no-such-article'")
    }
}
