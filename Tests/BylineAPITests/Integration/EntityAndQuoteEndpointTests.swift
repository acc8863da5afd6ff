import Foundation
import Testing

/// Structure and filter consistency; the extraction behind them is another module's work, so
/// these hold for whatever entities and quotes it finds.
@Suite struct EntityAndQuoteEndpointTests {
    @Test func entities_typeFilter_keepsOnlyThatType() throws {
        let server = try Fixtures.server()
        for type in ["person", "organization", "location"] {
            let (response, body) = try server.json("/entities?type=\(type)&limit=500")
            #expect(response.status == 200)
            #expect(JSON.items(body).allSatisfy { $0["type"] as? String == type })
        }
        let response = try server.request("GET", "/entities?type=planet")
        #expect(response.status == 400)
        let error = try JSON.object(response.body)["error"] as? [String: Any]
        #expect(error?["parameter"] as? String == "type")
        #expect((error?["message"] as? String)?.contains("planet") == true)
    }

    @Test func entities_sortAndPrefix_areConsistentWithTheItems() throws {
        let server = try Fixtures.server()
        let byMentions = JSON.items(try server.json("/entities?limit=500").1).compactMap { $0["mentionCount"] as? Int }
        #expect(byMentions == byMentions.sorted(by: >))
        let names = JSON.items(try server.json("/entities?sort=name&limit=500").1).compactMap { $0["name"] as? String }
        #expect(names == names.sorted { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) < $1.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) })
        for item in JSON.items(try server.json("/entities?q=ma&limit=500").1) {
            let forms = [item["name"] as? String ?? ""] + (item["aliases"] as? [String] ?? [])
            let words = forms.flatMap { $0.lowercased().split(separator: " ") }
            #expect(words.contains { $0.hasPrefix("ma") }, "\(forms)")
        }
        for item in JSON.items(try server.json("/entities?limit=500").1) {
            #expect(item["mentions"] == nil, "lists carry no mentions")
        }
    }

    @Test func entityDetail_mentionsAndArticles_agreeWithCounts() throws {
        let server = try Fixtures.server()
        for item in JSON.items(try server.json("/entities?limit=5").1) {
            guard let id = item["id"] as? String else { continue }
            let (response, entity) = try server.json("/entities/\(id)")
            #expect(response.status == 200)
            #expect((entity["mentions"] as? [Any])?.count == entity["mentionCount"] as? Int)
            #expect((entity["articles"] as? [Any])?.count == entity["articleCount"] as? Int)
            let quotes = try server.json("/entities/\(id)/quotes?limit=500").1
            #expect(JSON.items(quotes).allSatisfy { ($0["speaker"] as? [String: Any])?["id"] as? String == id })
            let related = try server.json("/entities/\(id)/related").1
            for other in JSON.items(related) {
                #expect((other["entity"] as? [String: Any])?["id"] as? String != id)
                #expect((other["sharedArticles"] as? Int ?? 0) >= 1)
            }
            let mentions = try server.json("/entities/\(id)/mentions?limit=1").1
            #expect(mentions["total"] as? Int == entity["mentionCount"] as? Int)
        }
    }

    @Test(arguments: ["/entities/nobody", "/entities/nobody/quotes", "/entities/nobody/related", "/entities/nobody/mentions"])
    func unknownEntity_is404(path: String) throws {
        let (response, body) = try Fixtures.server().json(path)
        #expect(response.status == 404)
        #expect((body["error"] as? [String: Any])?["message"] as? String == "no entity with id 'nobody'")
    }

    @Test func quotes_filters_areConsistentWithTheItems() throws {
        let server = try Fixtures.server()
        let all = JSON.items(try server.json("/quotes?limit=500").1)
        for kind in ["full", "partial", "indirect"] {
            let items = JSON.items(try server.json("/quotes?kind=\(kind)&limit=500").1)
            #expect(items.allSatisfy { $0["kind"] as? String == kind })
        }
        let attributed = JSON.items(try server.json("/quotes?attributed=true&limit=500").1)
        let unattributed = JSON.items(try server.json("/quotes?attributed=false&limit=500").1)
        #expect(attributed.allSatisfy { $0["speaker"] is [String: Any] })
        #expect(unattributed.allSatisfy { $0["speaker"] is NSNull })
        #expect(attributed.count + unattributed.count == all.count)
        for quote in all {
            #expect(quote.keys.contains("speaker"), "speaker is always present, null when unknown")
            guard let id = quote["id"] as? String else { continue }
            let (response, one) = try server.json("/quotes/\(id)")
            #expect(response.status == 200)
            #expect(one["text"] as? String == quote["text"] as? String)
        }
        let article = "harbor-council-approves-new-ferry-route-after-long-debate"
        #expect(JSON.items(try server.json("/quotes?article=\(article)&limit=500").1).allSatisfy { $0["articleId"] as? String == article })
    }

    @Test(arguments: ["kind=sarcastic", "attributed=maybe", "speaker=", "article=%20"])
    func badQuoteFilter_is400(query: String) throws {
        let response = try Fixtures.server().request("GET", "/quotes?" + query)
        #expect(response.status == 400)
        #expect((try JSON.object(response.body)["error"] as? [String: Any])?["parameter"] as? String == String(query.prefix { $0 != "=" }))
    }

    @Test func unknownQuote_is404() throws {
        let (response, body) = try Fixtures.server().json("/quotes/nothing-q1")
        #expect(response.status == 404)
        #expect((body["error"] as? [String: Any])?["message"] as? String == "no quote with id 'nothing-q1'")
    }
}
