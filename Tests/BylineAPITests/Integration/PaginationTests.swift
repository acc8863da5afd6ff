import Foundation
import Testing

@Suite struct PaginationTests {
    static let lists = ["/articles", "/entities", "/quotes", "/articles?sort=title"]

    @Test(arguments: lists)
    func pages_sliceTheWholeList(path: String) throws {
        let server = try Fixtures.server()
        let join = path.contains("?") ? "&" : "?"
        let whole = try server.json(path + join + "limit=500").1
        let all = JSON.items(whole).compactMap { $0["id"] as? String }
        #expect(whole["total"] as? Int == all.count)
        #expect(whole["limit"] as? Int == 500)
        var paged: [String] = []
        for offset in stride(from: 0, through: all.count, by: 2) {
            let page = try server.json(path + join + "limit=2&offset=\(offset)").1
            #expect(page["offset"] as? Int == offset)
            #expect(page["limit"] as? Int == 2)
            #expect(page["total"] as? Int == all.count)
            paged += JSON.items(page).compactMap { $0["id"] as? String }
        }
        #expect(paged == all)
    }

    @Test(arguments: lists)
    func offsetPastTheEnd_isAnEmptyPage(path: String) throws {
        let join = path.contains("?") ? "&" : "?"
        let (response, body) = try Fixtures.server().json(path + join + "offset=1000")
        #expect(response.status == 200)
        #expect(JSON.items(body).isEmpty)
        #expect(body["offset"] as? Int == 1000)
        #expect(body["total"] is Int)
    }

    @Test(arguments: [
        ("limit=0", "limit"), ("limit=501", "limit"), ("limit=-1", "limit"), ("limit=ten", "limit"), ("limit=", "limit"),
        ("offset=-1", "offset"), ("offset=1.5", "offset"), ("offset=99999999999999999999", "offset"),
        ("limit=1&limit=2", "limit"), ("colour=red", "colour"),
    ])
    func badPaging_is400NamingTheParameter(query: String, parameter: String) throws {
        for list in ["/articles", "/entities", "/quotes"] {
            let response = try Fixtures.server().request("GET", "\(list)?\(query)")
            #expect(response.status == 400, "\(list)?\(query)")
            let error = try JSON.object(response.body)["error"] as? [String: Any]
            #expect(error?["status"] as? Int == 400)
            #expect(error?["parameter"] as? String == parameter)
            #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        }
    }

    @Test func limit500_isAccepted() throws {
        let (response, body) = try Fixtures.server().json("/articles?limit=500")
        #expect(response.status == 200)
        #expect(body["limit"] as? Int == 500)
    }
}
