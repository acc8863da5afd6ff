import BylineHTTP

/// Validators and freshness for a read-only corpus (RFC 9111, RFC 9110 §8.8, §13).
///
/// The entity tag is derived from the snapshot's identity and the request (path, query,
/// whether the body will be gzip-coded), so a 304 is decided before any body is built and a
/// reload changes every tag.
public struct CachePolicy: Sendable {
    /// `max-age` seconds; after that clients revalidate with `If-None-Match`.
    public var maxAge: Int
    /// Gzip applies to bodies of at least this many bytes when the client accepts it; the tag
    /// must tell the two codings apart because a strong tag names exact bytes (RFC 9110 §8.8.3).
    public var gzipMinimumSize: Int?

    public init(maxAge: Int, gzipMinimumSize: Int?) {
        self.maxAge = maxAge
        self.gzipMinimumSize = gzipMinimumSize
    }

    public var cacheControl: String { "public, max-age=\(maxAge)" }

    /// A strong tag for this request's representation from this snapshot.
    public func etag(for request: HTTPRequest, snapshotIdentity: String, codedBody: Bool) -> String {
        var hasher = FNV1a()
        hasher.combine(snapshotIdentity)
        hasher.combine(request.method == .head ? "GET" : request.method.rawValue)
        hasher.combine(request.path)
        for pair in request.query.pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
        hasher.combine(codedBody ? "gzip" : "identity")
        return hasher.quotedHex
    }

    /// RFC 9110 §13.1.2: `If-None-Match` uses the weak comparison; `*` matches any current
    /// representation. When it is present, `If-Modified-Since` is ignored (§13.1.3).
    public static func isNotModified(_ request: HTTPRequest, etag: String, lastModified: Int) -> Bool {
        if let ifNoneMatch = request.headers.all("If-None-Match").nonEmpty {
            for candidate in ifNoneMatch.flatMap({ $0.split(separator: ",") }) {
                let tag = String(candidate).trimmingWhitespace()
                if tag == "*" || opaque(tag) == opaque(etag) { return true }
            }
            return false
        }
        if let since = request.headers.first("If-Modified-Since").flatMap(HTTPDate.parse) {
            return lastModified <= since
        }
        return false
    }

    private static func opaque(_ tag: String) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : Substring(tag)
    }
}

extension Array {
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}

/// 64-bit FNV-1a: a fast, stable hash for tags (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}
    init(value: UInt64) { self.value = value }

    mutating func combine(_ text: String) {
        // Native strings hash from their contiguous bytes; bridged ones byte by byte.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var value = self.value
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01b3
            }
            self.value = value
        }
        if done == nil {
            for byte in text.utf8 {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01b3
            }
        }
        value ^= 0xff  // separator: "ab"+"c" and "a"+"bc" differ
        value = value &* 0x0000_0100_0000_01b3
    }

    /// `"` + 16 lowercase hex digits + `"`, written straight into the string's storage (this
    /// runs for every cacheable request).
    var quotedHex: String {
        String(unsafeUninitializedCapacity: 18) { buffer in
            let digits: StaticString = "0123456789abcdef"
            buffer[0] = UInt8(ascii: "\"")
            for index in 0..<16 {
                let nibble = Int((value >> UInt64(60 - 4 * index)) & 0xf)
                buffer[1 + index] = digits.utf8Start[nibble]
            }
            buffer[17] = UInt8(ascii: "\"")
            return 18
        }
    }
}
