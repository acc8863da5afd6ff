extension HTTPRequestParser {
    /// The next line, without its terminator, consuming it; `nil` when no LF has arrived yet.
    /// Accepts CRLF and, as RFC 9112 §2.2 allows, a bare LF. `limit` bounds the line's length
    /// including its terminator, checked before the LF arrives so a peer cannot make the
    /// buffer grow without end.
    mutating func nextLine(
        limit: Int, error tooLong: HTTPParserError
    ) throws(HTTPParserError) -> Range<Int>? {
        guard let lf = buffer[scanIndex..<buffer.count].firstIndex(of: ASCII.lf) else {
            scanIndex = buffer.count
            if buffer.count - readIndex > limit { throw tooLong }
            return nil
        }
        let start = readIndex
        let consumed = lf + 1 - start
        if consumed > limit { throw tooLong }
        var end = lf
        if end > start, buffer[end - 1] == ASCII.cr { end -= 1 }
        readIndex = lf + 1
        scanIndex = readIndex
        return start..<end
    }

    /// The next line of a header or trailer section, counted against the section's size.
    mutating func nextSectionLine() throws(HTTPParserError) -> Range<Int>? {
        let remaining = limits.maxHeaderSectionSize - sectionBytes
        let before = readIndex
        guard let line = try nextLine(limit: remaining, error: .headerSectionTooLarge) else {
            return nil
        }
        sectionBytes += readIndex - before
        return line
    }

    /// Parses `name: OWS value OWS` (RFC 9112 §5, RFC 9110 §5.5).
    mutating func parseFieldLine(_ line: Range<Int>) throws(HTTPParserError) -> (String, String) {
        let first = buffer[line.lowerBound]
        if first == ASCII.space || first == ASCII.tab { throw .obsoleteLineFolding }
        guard let colon = buffer[line].firstIndex(of: ASCII.colon), colon > line.lowerBound else {
            throw .invalidHeaderName
        }
        // No whitespace is allowed between name and colon (RFC 9112 §5.1): it is not a tchar.
        for index in line.lowerBound..<colon where !ASCII.isTokenCharacter(buffer[index]) {
            throw .invalidHeaderName
        }
        var valueStart = colon + 1
        var valueEnd = line.upperBound
        while valueStart < valueEnd, buffer[valueStart] == ASCII.space || buffer[valueStart] == ASCII.tab {
            valueStart += 1
        }
        while valueEnd > valueStart, buffer[valueEnd - 1] == ASCII.space || buffer[valueEnd - 1] == ASCII.tab {
            valueEnd -= 1
        }
        for index in valueStart..<valueEnd where !ASCII.isFieldValueCharacter(buffer[index]) {
            throw .invalidHeaderValue
        }
        sectionFields += 1
        if sectionFields > limits.maxHeaderFields { throw .headerSectionTooLarge }
        let name = String(decoding: buffer[line.lowerBound..<colon], as: UTF8.self)
        let value = String(decoding: buffer[valueStart..<valueEnd], as: UTF8.self)
        return (name, value)
    }
}
