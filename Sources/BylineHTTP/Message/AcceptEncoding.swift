/// Reads Accept-Encoding (RFC 9110 §12.5.3) to decide whether gzip is acceptable.
enum AcceptEncoding {
    /// True when the field lists gzip (or x-gzip) with q > 0, or "*" with q > 0 and gzip is
    /// not named. No field at all means the client did not ask for compression, so no.
    static func allowsGzip(_ values: [String]) -> Bool {
        var gzipQuality: Double?
        var wildcardQuality: Double?
        for value in values {
            for element in value.split(separator: ",") {
                let parts = element.split(separator: ";")
                guard let codingPart = parts.first else { continue }
                let coding = codingPart.trimmingASCIIWhitespace()
                var quality = 1.0
                for parameter in parts.dropFirst() {
                    let trimmed = parameter.trimmingASCIIWhitespace()
                    guard trimmed.hasPrefix("q=") || trimmed.hasPrefix("Q=") else { continue }
                    quality = parseQuality(trimmed.dropFirst(2)) ?? 0
                }
                if HTTPHeaders.namesMatch(coding, "gzip") || HTTPHeaders.namesMatch(coding, "x-gzip") {
                    gzipQuality = max(gzipQuality ?? 0, quality)
                } else if coding == "*" {
                    wildcardQuality = quality
                }
            }
        }
        if let gzipQuality { return gzipQuality > 0 }
        return (wildcardQuality ?? 0) > 0
    }

    /// qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) (RFC 9110 §12.4.2).
    static func parseQuality(_ text: Substring) -> Double? {
        guard let value = Double(text), value >= 0, value <= 1 else { return nil }
        return value
    }
}
