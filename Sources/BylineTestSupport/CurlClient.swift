import CCurl

/// A blocking HTTP client over libcurl for integration tests. One instance is one curl easy
/// handle, so consecutive requests reuse the connection (keep-alive) as a real client would.
/// Not thread-safe: use one per task.
public final class CurlClient {
    let handle: UnsafeMutableRawPointer

    /// libcurl's global state, set up once before any handle.
    static let globalInit: Void = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    }()

    public init() throws(CurlError) {
        _ = Self.globalInit
        guard let handle = curl_easy_init() else { throw CurlError(message: "curl_easy_init failed") }
        self.handle = handle
    }

    deinit {
        curl_easy_cleanup(handle)
    }

    /// Performs one request. `acceptEncoding` set to "gzip" makes curl send that header and
    /// decode the body, as browsers do; nil sends no Accept-Encoding.
    public func request(
        _ method: String = "GET", _ url: String, headers: [String] = [], body: [UInt8]? = nil,
        acceptEncoding: String? = nil, timeoutSeconds: Int = 10
    ) throws(CurlError) -> CurlResponse {
        curl_easy_reset(handle)
        let collector = ResponseCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        var list: UnsafeMutablePointer<curl_slist>?
        for header in headers { list = curl_slist_append(list, header) }
        defer { curl_slist_free_all(list) }

        var setup = CurlSetup(handle: handle)
        setup.string(CURLOPT_URL, url)
        setup.long(CURLOPT_TIMEOUT, timeoutSeconds)
        setup.long(CURLOPT_NOSIGNAL, 1)
        if method == "HEAD" {
            setup.long(CURLOPT_NOBODY, 1)
        } else if method != "GET" {
            setup.string(CURLOPT_CUSTOMREQUEST, method)
        }
        if let acceptEncoding { setup.string(CURLOPT_ACCEPT_ENCODING, acceptEncoding) }
        if list != nil { setup.pointer(CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(list)) }
        // Kept alive until perform returns: curl reads the body from it.
        var bodyCopy = body ?? []
        let code: CURLcode = bodyCopy.withUnsafeMutableBytes { bodyBytes in
            if body != nil {
                setup.long(CURLOPT_POSTFIELDSIZE, bodyBytes.count)
                setup.pointer(CURLOPT_POSTFIELDS, bodyBytes.baseAddress)
            }
            byline_curl_setopt_write_function(handle, curlWriteCallback)
            setup.pointer(CURLOPT_WRITEDATA, box.toOpaque())
            byline_curl_setopt_header_function(handle, curlHeaderCallback)
            setup.pointer(CURLOPT_HEADERDATA, box.toOpaque())
            return curl_easy_perform(handle)
        }
        guard code == CURLE_OK, setup.failure == nil else {
            throw CurlError(message: setup.failure ?? String(cString: curl_easy_strerror(code)))
        }
        var status = 0
        byline_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var connects = 0
        byline_curl_getinfo_long(handle, CURLINFO_NUM_CONNECTS, &connects)
        return CurlResponse(
            status: status, headers: collector.headers, body: collector.body, newConnections: connects)
    }

    public func get(_ url: String, headers: [String] = []) throws(CurlError) -> CurlResponse {
        try request("GET", url, headers: headers)
    }
}

/// Applies options and remembers the first one curl refused.
struct CurlSetup {
    let handle: UnsafeMutableRawPointer
    var failure: String?

    mutating func long(_ option: CURLoption, _ value: Int) {
        check(byline_curl_setopt_long(handle, option, value), option)
    }

    mutating func string(_ option: CURLoption, _ value: String) {
        check(byline_curl_setopt_string(handle, option, value), option)
    }

    mutating func pointer(_ option: CURLoption, _ value: UnsafeMutableRawPointer?) {
        check(byline_curl_setopt_pointer(handle, option, value), option)
    }

    mutating func check(_ code: CURLcode, _ option: CURLoption) {
        if code != CURLE_OK, failure == nil { failure = "curl option \(option.rawValue) refused: \(code.rawValue)" }
    }
}

final class ResponseCollector {
    var body: [UInt8] = []
    var headers: [(String, String)] = []
}

private func curlWriteCallback(data: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let collector = Unmanaged<ResponseCollector>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    data.withMemoryRebound(to: UInt8.self, capacity: length) {
        collector.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
    }
    return length
}

private func curlHeaderCallback(data: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?) -> Int {
    guard let data, let context else { return 0 }
    let collector = Unmanaged<ResponseCollector>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
    // A new status line (after 100 Continue, say) starts a new header block.
    if line.hasPrefix("HTTP/") { collector.headers = [] }
    if let colon = line.firstIndex(of: ":") {
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t\r\n")
        collector.headers.append((name, value))
    }
    return length
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
