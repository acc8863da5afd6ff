/// Content types for the files a static web page is made of.
enum MediaType {
    /// Text types carry `charset=utf-8` so a browser never guesses the encoding (the page's
    /// scripts hold non-ASCII characters). JavaScript is `text/javascript` (RFC 9239 §6);
    /// module scripts are refused by browsers under any non-JavaScript type.
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "woff2": "font/woff2",
        "webmanifest": "application/manifest+json",
    ]

    /// Unknown extensions are served as opaque bytes, which browsers will not execute.
    static let fallback = "application/octet-stream"

    static func forFileName(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        let ext = name[name.index(after: dot)...].lowercased()
        return byExtension[ext] ?? fallback
    }
}
