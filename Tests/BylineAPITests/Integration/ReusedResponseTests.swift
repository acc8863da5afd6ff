import BylineTestSupport
import Foundation
import Testing

@testable import BylineAPI

/// Answers the engine sends again without asking the API (`HTTPResponse.reuseEpoch`, set by
/// `respondFromCache`): byte-identical to the full path's, per coding and origin, and never
/// across a reload.
@Suite(.serialized) struct ReusedResponseTests {
    func corpusCopy() throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        for file in try FileManager.default.contentsOfDirectory(atPath: try Fixtures.corpus) {
            try FileManager.default.copyItem(atPath: try Fixtures.corpus + "/" + file, toPath: folder.path + "/" + file)
        }
        return folder
    }

    func client(_ server: TestServer) throws -> RawSocketClient {
        try RawSocketClient(port: try #require(server.server.address?.port))
    }

    /// One answer on a keep-alive connection, without Date (the one field that may change).
    func exchange(_ client: RawSocketClient, _ request: String) -> String {
        client.send(request)
        return client.receiveResponses(1).split(separator: "\r\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Date: ") }.joined(separator: "\r\n")
    }

    @Test func repeatedRequests_onOneConnection_getTheFullPathsBytes() throws {
        let server = try TestServer(corpus: try Fixtures.corpus)
        let (_, list) = try server.json("/articles?limit=1&sort=title")
        let id = try #require(JSON.items(list).first?["id"] as? String)
        let connection = try client(server)
        for target in ["/articles/\(id)", "/articles/\(id)?include=entities,quotes", "/quotes?limit=50", "/articles?q=said", "/entities?limit=3"] {
            for extra in ["", "Accept-Encoding: gzip\r\n", "Origin: https://app.example\r\n", "Accept: application/json\r\n"] {
                let request = "GET \(target) HTTP/1.1\r\nHost: x\r\n\(extra)\r\n"
                let first = exchange(connection, request)
                #expect(first.hasPrefix("HTTP/1.1 200 OK\r\n"), "\(target)")
                // The second is answered from the API's cache and marked; later ones are reused.
                for _ in 0..<3 { #expect(exchange(connection, request) == first, "\(target) \(extra)") }
                // The full path (Connection: close is never reused) gives the same bytes.
                let closing = try client(server)
                let full = exchange(closing, "GET \(target) HTTP/1.1\r\nHost: x\r\n\(extra)Connection: close\r\n\r\n")
                #expect(full.replacingOccurrences(of: "Connection: close\r\n", with: "") == first, "\(target) \(extra)")
            }
        }
        #expect(server.server.reuseUsage.entries >= 20)
        #expect(server.server.reuseUsage.bytes <= 32 * 1024 * 1024)
    }

    @Test func pretty_andConditionalRequests_areNeverAnsweredFromAnotherRequestsBytes() throws {
        let server = try TestServer(corpus: try Fixtures.corpus)
        let connection = try client(server)
        let request = "GET /quotes?limit=5 HTTP/1.1\r\nHost: x\r\n\r\n"
        var compact = ""
        for _ in 0..<3 { compact = exchange(connection, request) }
        let pretty = exchange(connection, "GET /quotes?limit=5 HTTP/1.1\r\nHost: x\r\nAccept: application/json; indent=2\r\n\r\n")
        #expect(pretty.contains("\n  "))
        #expect(!compact.contains("\n  "))
        let etag = try #require(compact.split(separator: "\r\n").first { $0.hasPrefix("ETag: ") }?.dropFirst(6))
        let conditional = exchange(connection, "GET /quotes?limit=5 HTTP/1.1\r\nHost: x\r\nIf-None-Match: \(etag)\r\n\r\n")
        #expect(conditional.hasPrefix("HTTP/1.1 304 "))
    }

    @Test func reload_endsTheReusedAnswers_evenWhenTheFilesAreTheSame() throws {
        let folder = try corpusCopy()
        let server = try TestServer(corpus: folder.path)
        let connection = try client(server)
        let request = "GET /articles HTTP/1.1\r\nHost: x\r\n\r\n"
        var before = ""
        for _ in 0..<3 { before = exchange(connection, request) }
        #expect(before.contains("\"total\":5"))
        // Same files: same snapshot identity, but a new load time, so a new Last-Modified.
        Thread.sleep(forTimeInterval: 1.1)
        guard case .success = server.service.load() else {
            Issue.record("reload failed")
            return
        }
        let reloaded = exchange(connection, request)
        #expect(reloaded != before, "Last-Modified is the new load's")
        #expect(reloaded.replacingOccurrences(of: lastModified(reloaded), with: lastModified(before)) == before)
        // New files: the new snapshot's answer, at once, on the same connection.
        try folder.write("late-news.txt", "Late Council Meeting Ends Without A Vote\n\nBy Maria Lopez\n\nJuly 1, 2023\n\nThe council adjourned at midnight without voting on the ferry contract.\n")
        guard case .success = server.service.load() else {
            Issue.record("reload failed")
            return
        }
        for _ in 0..<3 { #expect(exchange(connection, request).contains("\"total\":6")) }
    }

    func lastModified(_ response: String) -> String {
        response.split(separator: "\r\n").first { $0.hasPrefix("Last-Modified: ") }.map(String.init) ?? ""
    }
}
