/// Caps the parser enforces while bytes arrive, so nothing a peer sends can make it buffer
/// or allocate without bound. Defaults follow nginx (`large_client_header_buffers 4 8k`,
/// `client_max_body_size 1m`).
public struct HTTPParserLimits: Sendable, Hashable {
    /// Longest request line (method, target, version) in bytes; longer gets 414.
    public var maxRequestLineLength: Int
    /// Largest header section (all field lines) in bytes; larger gets 431.
    public var maxHeaderSectionSize: Int
    /// Most header fields; more gets 431.
    public var maxHeaderFields: Int
    /// Largest request body in bytes; larger gets 413, decided from the announced length.
    public var maxBodySize: Int
    /// Longest chunk-size line (size plus extensions) in a chunked body; longer gets 400.
    public var maxChunkLineLength: Int

    public init(
        maxRequestLineLength: Int = 8 * 1024,
        maxHeaderSectionSize: Int = 16 * 1024,
        maxHeaderFields: Int = 100,
        maxBodySize: Int = 1024 * 1024,
        maxChunkLineLength: Int = 1024
    ) {
        self.maxRequestLineLength = maxRequestLineLength
        self.maxHeaderSectionSize = maxHeaderSectionSize
        self.maxHeaderFields = maxHeaderFields
        self.maxBodySize = maxBodySize
        self.maxChunkLineLength = maxChunkLineLength
    }
}
