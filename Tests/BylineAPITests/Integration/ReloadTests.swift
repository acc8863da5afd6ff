import BylineAPI
import Foundation
import Testing

@Suite struct ReloadTests {
    static let token = "test-token-0123456789"

    func corpusCopy() throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        for file in try FileManager.default.contentsOfDirectory(atPath: try Fixtures.corpus) {
            try FileManager.default.copyItem(atPath: try Fixtures.corpus + "/" + file, toPath: folder.path + "/" + file)
        }
        return folder
    }

    @Test func adminReload_needsTheToken() throws {
        let folder = try corpusCopy()
        let server = try TestServer(corpus: folder.path, options: .init(adminToken: Self.token))
        let missing = try server.request("POST", "/admin/reload")
        #expect(missing.status == 401)
        #expect(missing.header("WWW-Authenticate") == "Bearer")
        #expect((try JSON.object(missing.body)["error"] as? [String: Any])?["code"] as? String == "unauthorized")
        #expect(try server.request("POST", "/admin/reload", headers: ["Authorization: Bearer wrong-token-0123456789"]).status == 401)
        #expect(try server.request("POST", "/admin/reload", headers: ["Authorization: Basic \(Self.token)"]).status == 401)
    }

    @Test func adminReload_servesNewFiles_andChangesTheTags() throws {
        let folder = try corpusCopy()
        let server = try TestServer(corpus: folder.path, options: .init(adminToken: Self.token))
        let before = try server.request("GET", "/articles")
        try folder.write("late-news.txt", "Late Council Meeting Ends Without A Vote\n\nBy Maria Lopez\n\nJuly 1, 2023\n\nThe council adjourned at midnight without voting on the ferry contract.\n")
        let accepted = try server.request("POST", "/admin/reload", headers: ["Authorization: Bearer \(Self.token)"])
        #expect(accepted.status == 202)
        var total = 0
        for _ in 0..<100 where total != 6 {
            total = try server.json("/articles").1["total"] as? Int ?? 0
            if total != 6 { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(total == 6)
        let after = try server.request("GET", "/articles")
        #expect(after.header("ETag") != before.header("ETag"))
        let stale = try server.request("GET", "/articles", headers: ["If-None-Match: \(before.header("ETag") ?? "")"])
        #expect(stale.status == 200)
    }

    @Test func withoutToken_thereIsNoAdminRoute() throws {
        let server = try Fixtures.server()
        #expect(try server.request("POST", "/admin/reload").status == 404)
        #expect(!server.api.routes.contains { $0.path == "/admin/reload" })
    }

    @Test func failedReload_keepsServingThePreviousCorpus() throws {
        let folder = try corpusCopy()
        let server = try TestServer(corpus: folder.path)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.removeItem(atPath: folder.path + "/" + file)
        }
        guard case .failure = server.service.load() else {
            Issue.record("an empty folder must not replace the corpus")
            return
        }
        #expect(try server.json("/articles").1["total"] as? Int == 5)
        #expect(try server.request("GET", "/readyz").status == 200)
    }
}
