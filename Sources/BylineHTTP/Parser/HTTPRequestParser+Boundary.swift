extension HTTPRequestParser {
    /// True between requests: nothing of the next request has been consumed, so the bytes
    /// from `readIndex` on are parsed from scratch, the same way on every connection.
    var isAtRequestBoundary: Bool {
        failure == nil && state == .requestLine && head == nil
    }

    /// The buffered bytes from `readIndex` through the first CRLFCRLF, when the parser is at
    /// a request boundary and they are within `maxLength`: the head of the next request,
    /// if those bytes are one (the caller matches them against heads it has seen parsed).
    func bufferedHeadAtBoundary(maxLength: Int) -> Range<Int>? {
        guard isAtRequestBoundary else { return nil }
        let end = min(buffer.count, readIndex + maxLength)
        guard end - readIndex >= 4 else { return nil }
        var index = readIndex + 3
        while index < end {
            let byte = buffer[index]
            if byte == ASCII.lf {
                if buffer[index - 1] == ASCII.cr, buffer[index - 2] == ASCII.lf, buffer[index - 3] == ASCII.cr {
                    return readIndex..<(index + 1)
                }
                index += 1
            } else {
                // Neither this byte nor the two after it can end the terminator: skip ahead.
                index += byte == ASCII.cr ? 1 : 2
            }
        }
        return nil
    }

    /// Consumes bytes up to `end` (a head the caller answered without parsing it).
    mutating func skipHead(through end: Int) {
        readIndex = end
        scanIndex = end
    }
}
