/// One file of the reader page, held in memory: its bytes, the media type it is served with
/// and a validator derived from its content.
public struct StaticFile: Sendable, Hashable {
    public let bytes: [UInt8]
    public let contentType: String
    /// A weak tag (RFC 9110 §8.8.3): the engine may gzip the body after the handler, and the
    /// two codings are the same content, so a weak tag stays true for both.
    public let etag: String

    public init(bytes: [UInt8], contentType: String) {
        self.bytes = bytes
        self.contentType = contentType
        self.etag = "W/\"\(Self.fingerprint(bytes))-\(String(bytes.count, radix: 16))\""
    }

    /// The file's media type from its name, for the extensions a web page ships.
    public init(bytes: [UInt8], name: String) {
        self.init(bytes: bytes, contentType: MediaType.forFileName(name))
    }

    /// 64-bit FNV-1a of the bytes: stable across runs, so a restart keeps browsers' caches
    /// valid (not a security hash; nothing trusts it beyond "same bytes").
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
