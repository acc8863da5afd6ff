// libFuzzer entry point for the request parser, built by scripts/fuzz together with the
// parser's own source files (not part of the package).
//
// Each input is parsed twice, whole and split at a position chosen by its first byte, and
// the two runs must agree: a difference means the parser depends on how TCP segments the
// bytes. Any trap (overflow, out-of-bounds) or ASan report is a finding too.

@_cdecl("LLVMFuzzerTestOneInput")
public func parserFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Small limits so the fuzzer reaches every limit with short inputs.
    let limits = HTTPParserLimits(
        maxRequestLineLength: 256, maxHeaderSectionSize: 512, maxHeaderFields: 8, maxBodySize: 256,
        maxChunkLineLength: 32)
    let whole = FuzzOutcome.parse([bytes], limits: limits)
    let split = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
    let parts = FuzzOutcome.parse([Array(bytes[..<split]), Array(bytes[split...])], limits: limits)
    if whole != parts {
        fatalError("split at \(split) changed the outcome: \(whole) vs \(parts)")
    }
    return 0
}

struct FuzzOutcome: Equatable, CustomStringConvertible {
    var requests: [String] = []
    var error: HTTPParserError?

    var description: String { "\(requests) error: \(String(describing: error))" }

    static func parse(_ chunks: [[UInt8]], limits: HTTPParserLimits) -> FuzzOutcome {
        var parser = HTTPRequestParser(limits: limits)
        var outcome = FuzzOutcome()
        for chunk in chunks {
            parser.append(contentsOf: chunk)
            do {
                while let event = try parser.next() {
                    guard case .request(let request) = event else { continue }
                    let headers = request.headers.map { "\($0.name)=\($0.value)" }.joined(separator: "|")
                    outcome.requests.append(
                        "\(request.method) \(request.target) \(request.path) \(request.query.pairs.count) "
                            + "\(request.version) \(headers) \(request.body.count) \(request.trailers.count)")
                }
            } catch {
                outcome.error = error
                return outcome
            }
        }
        return outcome
    }
}
