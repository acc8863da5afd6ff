import BylineHTTP
import Logging

/// `/ui/`: the reader page, plain HTML, CSS and JavaScript modules embedded in the module's
/// resource bundle (`Public/ui`) and held in memory from start-up.
///
/// Every file becomes its own literal route, so a request can only ever name a file that was
/// bundled: no request path is joined onto the file system, hence no traversal ("/ui/../x"
/// and "/ui/%2e%2e/x" are just paths no route matches, 404).
public struct StaticFilesController: Sendable {
    /// Where the page is mounted, without a trailing slash.
    public let mountPath: String
    /// Path relative to the mount ("index.html", "js/app.js") -> file.
    public let files: [String: StaticFile]
    /// Why the files could not be read, answered under the mount instead of the page.
    let unavailableReason: String?

    public init(mountPath: String = "/ui", files: [String: StaticFile]) {
        self.init(mountPath: mountPath, files: files, unavailableReason: nil)
    }

    init(mountPath: String, files: [String: StaticFile], unavailableReason: String?) {
        self.mountPath = mountPath
        self.files = files
        self.unavailableReason = unavailableReason
    }

    /// The page shipped with Byline; without its files (a binary copied without its resource
    /// bundle) the API still serves and `/ui/` answers 404 saying why.
    public static func bundled(logger: Logger = Logger(label: "byline.api.ui")) -> StaticFilesController {
        do throws(StaticFileBundle.LoadError) {
            return StaticFilesController(files: try StaticFileBundle.load(folder: "ui"))
        } catch {
            logger.warning("reader page not available", metadata: ["reason": "\(error)"])
            return StaticFilesController(mountPath: "/ui", files: [:], unavailableReason: error.description)
        }
    }

    /// Adds `GET` (and so `HEAD`) routes: the mount itself and one per file.
    public func register(on router: inout Router) {
        router.add(.get, mountPath) { request, _ in root(request) }
        for (path, file) in files where !path.contains("{") && !path.contains("}") {
            router.add(.get, mountPath + "/" + path) { request, _ in Self.serve(file, for: request) }
        }
    }

    /// `/ui/` is the index; `/ui` (the same route to the router) redirects there, so the page's
    /// relative links resolve under the mount (RFC 9110 §15.4.2).
    func root(_ request: HTTPRequest) -> HTTPResponse {
        guard request.path.hasSuffix("/") else {
            var response = HTTPResponse(status: HTTPStatus(code: 301, reason: "Moved Permanently"))
            let query = request.target.firstIndex(of: "?").map { String(request.target[$0...]) } ?? ""
            response.headers.add("Location", mountPath + "/" + query)
            response.headers.add("Cache-Control", "no-cache")
            return response
        }
        guard let index = files["index.html"] else {
            let reason = unavailableReason ?? "no index.html was bundled"
            return .error(.notFound, code: "not_found", message: "the reader page is not installed: \(reason)")
        }
        return Self.serve(index, for: request)
    }

    static func serve(_ file: StaticFile, for request: HTTPRequest) -> HTTPResponse {
        var response =
            matches(request.headers.all("If-None-Match"), etag: file.etag)
            ? HTTPResponse(status: .notModified) : HTTPResponse(status: .ok, body: file.bytes)
        if response.status == .ok { response.headers.add("Content-Type", file.contentType) }
        response.headers.add("ETag", file.etag)
        // Stored but revalidated on every use: the URLs carry no version, and a new binary
        // may ship new files under the same names (RFC 9111 §5.2.2.4).
        response.headers.add("Cache-Control", "no-cache")
        response.headers.add("X-Content-Type-Options", "nosniff")
        if file.contentType.hasPrefix("text/html") {
            response.headers.add("Content-Security-Policy", contentSecurityPolicy)
        }
        return response
    }

    /// Scripts and styles only from the page's own origin; `fetch` may also reach an API on
    /// another origin (the page's `?api=` option).
    static let contentSecurityPolicy =
        "default-src 'self'; connect-src 'self' http: https:; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    /// `If-None-Match` with the weak comparison (RFC 9110 §13.1.2); `*` matches any file.
    static func matches(_ fields: [String], etag: String) -> Bool {
        let opaque = { (tag: String) in tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag }
        let wanted = opaque(etag)
        return fields.flatMap { $0.split(separator: ",") }.contains { candidate in
            let tag = String(candidate).trimmingWhitespace()
            return tag == "*" || opaque(tag) == wanted
        }
    }
}
