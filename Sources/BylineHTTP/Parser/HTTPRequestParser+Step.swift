extension HTTPRequestParser {
    /// Advances the state machine as far as the buffered bytes allow.
    mutating func step() throws(HTTPParserError) -> HTTPParserEvent? {
        while true {
            switch state {
            case .requestLine:
                guard let line = try nextLine(
                    limit: limits.maxRequestLineLength, error: .requestLineTooLong)
                else { return nil }
                // RFC 9112 §2.2: a server SHOULD ignore empty lines received before the
                // request line.
                if line.isEmpty { continue }
                head = try parseRequestLine(line)
                sectionBytes = 0
                sectionFields = 0
                state = .headers

            case .headers:
                guard let line = try nextSectionLine() else { return nil }
                if line.isEmpty {
                    if let event = try finishHead() { return event }
                    continue
                }
                let (name, value) = try parseFieldLine(line)
                head?.headers.add(name, value)

            case .fixedBody(let remaining):
                let taken = takeBodyBytes(upTo: remaining)
                if taken < remaining {
                    state = .fixedBody(remaining: remaining - taken)
                    return nil
                }
                return complete()

            case .chunkSize:
                guard let line = try nextLine(
                    limit: limits.maxChunkLineLength, error: .invalidChunkedBody)
                else { return nil }
                let size = try parseChunkSize(line)
                if size == 0 {
                    sectionBytes = 0
                    sectionFields = 0
                    state = .trailers
                } else {
                    state = .chunkData(remaining: size)
                }

            case .chunkData(let remaining):
                let taken = takeBodyBytes(upTo: remaining)
                if taken < remaining {
                    state = .chunkData(remaining: remaining - taken)
                    return nil
                }
                state = .chunkDataEnd

            case .chunkDataEnd:
                // Each chunk's data is followed by CRLF (RFC 9112 §7.1).
                guard readIndex < buffer.count else { return nil }
                if buffer[readIndex] == ASCII.lf {
                    readIndex += 1
                } else if buffer[readIndex] == ASCII.cr {
                    guard readIndex + 1 < buffer.count else { return nil }
                    guard buffer[readIndex + 1] == ASCII.lf else { throw .invalidChunkedBody }
                    readIndex += 2
                } else {
                    throw .invalidChunkedBody
                }
                scanIndex = readIndex
                state = .chunkSize

            case .trailers:
                guard let line = try nextSectionLine() else { return nil }
                if line.isEmpty { return complete() }
                let (name, value) = try parseFieldLine(line)
                head?.trailers.add(name, value)
            }
        }
    }

    /// Moves up to `count` buffered bytes into the body; returns how many it moved.
    mutating func takeBodyBytes(upTo count: Int) -> Int {
        let taken = min(count, buffer.count - readIndex)
        if taken > 0 {
            head?.body.append(contentsOf: buffer[readIndex..<readIndex + taken])
            readIndex += taken
            scanIndex = readIndex
        }
        return taken
    }

    /// Hands out the finished request and resets for the next one on the connection.
    mutating func complete() -> HTTPParserEvent? {
        guard let finished = head else { return nil }
        head = nil
        state = .requestLine
        return .request(finished.request())
    }

    /// `chunk-size [ BWS ; chunk-ext ]` (RFC 9112 §7.1.1): extensions are ignored.
    func parseChunkSize(_ line: Range<Int>) throws(HTTPParserError) -> Int {
        var size = 0
        var index = line.lowerBound
        let alreadyRead = head?.body.count ?? 0
        while index < line.upperBound, let digit = ASCII.hexValue(buffer[index]) {
            // Checked per digit, so a long run of hex digits can never overflow, whatever
            // the configured limit.
            let (shifted, overflow) = size.multipliedReportingOverflow(by: 16)
            if overflow { throw .contentTooLarge }
            size = shifted + Int(digit)
            if size > limits.maxBodySize - alreadyRead { throw .contentTooLarge }
            index += 1
        }
        guard index > line.lowerBound else { throw .invalidChunkedBody }
        while index < line.upperBound, buffer[index] == ASCII.space || buffer[index] == ASCII.tab {
            index += 1
        }
        guard index < line.upperBound else { return size }
        guard buffer[index] == ASCII.semicolon else { throw .invalidChunkedBody }
        for extensionIndex in index..<line.upperBound
        where !ASCII.isFieldValueCharacter(buffer[extensionIndex]) {
            throw .invalidChunkedBody
        }
        return size
    }
}
