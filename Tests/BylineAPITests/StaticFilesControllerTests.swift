import BylineHTTP
import Foundation
import Testing

@testable import BylineAPI

/// The reader page's files under /ui/: types, validators, the index, and nothing outside.
@Suite struct StaticFilesControllerTests {
    static let files: [String: StaticFile] = [
        "index.html": StaticFile(bytes: Array("<!doctype html><title>t</title>".utf8), name: "index.html"),
        "js/app.js": StaticFile(bytes: Array("export const a = 1;".utf8), name: "js/app.js"),
        "css/site.css": StaticFile(bytes: Array("body{}".utf8), name: "css/site.css"),
    ]

    func router(_ files: [String: StaticFile] = files) -> Router {
        var router = Router()
        StaticFilesController(files: files).register(on: &router)
        return router
    }

    func get(_ target: String, headers: [(String, String)] = [], method: HTTPMethod = .get) -> HTTPResponse {
        var fields = HTTPHeaders()
        for (name, value) in headers { fields.add(name, value) }
        let path = String(target.prefix { $0 != "?" })
        return router().respond(to: HTTPRequest(method: method, target: target, path: path, headers: fields))
    }

    @Test func slashPath_servesTheIndexAsHTML() {
        let response = get("/ui/")
        #expect(response.status == .ok)
        #expect(response.headers.first("Content-Type") == "text/html; charset=utf-8")
        #expect(response.headers.first("Content-Security-Policy")?.contains("default-src 'self'") == true)
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix("<!doctype html>"))
    }

    @Test func mountWithoutSlash_redirectsKeepingTheQuery() {
        let response = get("/ui?api=http://127.0.0.1:1")
        #expect(response.status.code == 301)
        #expect(response.headers.first("Location") == "/ui/?api=http://127.0.0.1:1")
    }

    @Test func moduleScript_isServedAsJavaScript() {
        let response = get("/ui/js/app.js")
        #expect(response.status == .ok)
        #expect(response.headers.first("Content-Type") == "text/javascript; charset=utf-8")
        #expect(response.headers.first("X-Content-Type-Options") == "nosniff")
        #expect(response.headers.first("Cache-Control") == "no-cache")
        #expect(response.body == Array("export const a = 1;".utf8))
    }

    @Test func matchingIfNoneMatch_answers304WithoutBody() throws {
        let etag = try #require(get("/ui/css/site.css").headers.first("ETag"))
        #expect(etag.hasPrefix("W/\""))
        let response = get("/ui/css/site.css", headers: [("If-None-Match", "\"other\", " + etag)])
        #expect(response.status == .notModified)
        #expect(response.body.isEmpty)
        #expect(response.headers.first("ETag") == etag)
        #expect(get("/ui/css/site.css", headers: [("If-None-Match", "\"other\"")]).status == .ok)
    }

    @Test func changedContent_changesTheTag() {
        let one = StaticFile(bytes: Array("a{}".utf8), name: "x.css")
        let two = StaticFile(bytes: Array("b{}".utf8), name: "x.css")
        #expect(one.etag != two.etag)
    }

    @Test(arguments: ["/ui/../Package.swift", "/ui/js/../index.html", "/ui/js", "/ui/missing.js", "/ui//index.html", "/ui/js/app.js/x"])
    func pathsThatNameNoBundledFile_get404(path: String) {
        #expect(get(path).status == .notFound)
    }

    @Test func head_isAnsweredLikeGet() {
        let response = get("/ui/js/app.js", method: .head)
        #expect(response.status == .ok)
        #expect(response.headers.first("Content-Type") == "text/javascript; charset=utf-8")
    }

    @Test func post_isNotAllowed() {
        #expect(get("/ui/js/app.js", method: .post).status == .methodNotAllowed)
    }

    @Test func missingFiles_answer404SayingWhy() {
        var router = Router()
        StaticFilesController(mountPath: "/ui", files: [:], unavailableReason: "resource bundle not found").register(on: &router)
        let response = router.respond(to: HTTPRequest(method: .get, target: "/ui/", path: "/ui/"))
        #expect(response.status == .notFound)
        #expect(String(decoding: response.body, as: UTF8.self).contains("resource bundle not found"))
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("a.CSS", "text/css; charset=utf-8"),
        ("icon.svg", "image/svg+xml"), ("data.bin", "application/octet-stream"), ("README", "application/octet-stream"),
        (".hidden", "application/octet-stream"),
    ])
    func mediaType_followsTheExtension(name: String, type: String) {
        #expect(MediaType.forFileName(name) == type)
    }

    @Test func bundledPage_holdsTheReaderFiles() throws {
        let controller = StaticFilesController.bundled()
        let index = try #require(controller.files["index.html"], "Public/ui/index.html is bundled")
        #expect(String(decoding: index.bytes, as: UTF8.self).contains("js/app.js"))
        #expect(controller.files["js/app.js"]?.contentType == "text/javascript; charset=utf-8")
        #expect(controller.files["css/byline.css"]?.contentType == "text/css; charset=utf-8")
        // Every module the page imports is bundled under the name it imports it by.
        for (path, file) in controller.files where path.hasSuffix(".js") {
            let source = String(decoding: file.bytes, as: UTF8.self)
            for line in source.split(separator: "\n") where line.hasPrefix("import ") {
                guard let from = line.range(of: "from \""), let end = line[from.upperBound...].firstIndex(of: "\"") else { continue }
                let relative = String(line[from.upperBound..<end])
                let resolved = Self.resolve(relative, from: path)
                #expect(controller.files[resolved] != nil, "\(path) imports \(relative), resolved \(resolved)")
            }
        }
    }

    @Test func apiRouter_servesTheReaderPageBeforeTheCorpusLoads() {
        // The page must load while the corpus does, so it can show the API's 503 itself.
        let service = CorpusService(folder: NSTemporaryDirectory() + "/byline-no-corpus-\(UUID().uuidString)")
        let api = BylineAPI(service: service, metrics: APIMetrics())
        let page = api.router.respond(to: HTTPRequest(method: .get, target: "/ui/", path: "/ui/"))
        #expect(page.status == .ok)
        #expect(page.headers.first("Content-Type") == "text/html; charset=utf-8")
        let script = api.router.respond(to: HTTPRequest(method: .get, target: "/ui/js/app.js", path: "/ui/js/app.js"))
        #expect(script.status == .ok)
        let articles = api.router.respond(to: HTTPRequest(method: .get, target: "/articles", path: "/articles"))
        #expect(articles.status == .serviceUnavailable)
    }

    /// "../dom.js" imported from "js/views/a.js" is "js/dom.js".
    static func resolve(_ relative: String, from file: String) -> String {
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
