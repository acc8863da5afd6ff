/// Splits a request-target into a percent-decoded path and its query pairs (RFC 9112 §3.2).
enum RequestTarget {
    struct Parsed {
        var path: String
        var query: QueryParameters
    }

    static func parse(_ target: ArraySlice<UInt8>, method: HTTPMethod) throws(HTTPParserError) -> Parsed {
        guard let first = target.first else { throw .invalidTarget }
        if first == 0x2A {
            // asterisk-form is only for a server-wide OPTIONS (RFC 9112 §3.2.4).
            guard target.count == 1, method == .options else { throw .invalidTarget }
            return Parsed(path: "*", query: QueryParameters())
        }
        var pathAndQuery = target
        if first != ASCII.slash {
            pathAndQuery = try stripSchemeAndAuthority(target)
        }
        // A fragment is never part of a request-target (RFC 9112 §3.2).
        if pathAndQuery.contains(0x23) { throw .invalidTarget }
        let questionMark = pathAndQuery.firstIndex(of: ASCII.questionMark)
        let pathBytes = pathAndQuery[pathAndQuery.startIndex..<(questionMark ?? pathAndQuery.endIndex)]
        let path = pathBytes.isEmpty ? "/" : try percentDecoded(pathBytes, plusIsSpace: false)
        var query = QueryParameters()
        if let questionMark {
            query = try parseQuery(pathAndQuery[(questionMark + 1)...])
        }
        return Parsed(path: path, query: query)
    }

    /// absolute-form (RFC 9112 §3.2.2): "http://host:port/path?query" leaves "/path?query".
    static func stripSchemeAndAuthority(_ target: ArraySlice<UInt8>) throws(HTTPParserError) -> ArraySlice<UInt8> {
        let lowered = target.prefix(8).map(ASCII.lowercased)
        let schemeLength: Int
        if lowered.starts(with: Array("http://".utf8)) {
            schemeLength = 7
        } else if lowered.starts(with: Array("https://".utf8)) {
            schemeLength = 8
        } else {
            throw .invalidTarget
        }
        let authorityStart = target.startIndex + schemeLength
        let rest = target[authorityStart...]
        let authorityEnd = rest.firstIndex { $0 == ASCII.slash || $0 == ASCII.questionMark } ?? rest.endIndex
        guard authorityEnd > authorityStart else { throw .invalidTarget }
        return target[authorityEnd...]
    }

    /// `name=value&...` with `+` as space (the form encoding every browser and curl use).
    static func parseQuery(_ bytes: ArraySlice<UInt8>) throws(HTTPParserError) -> QueryParameters {
        var pairs: [QueryParameters.Pair] = []
        // Components between '&'s, empty ones skipped, without building an array of them.
        var componentStart = bytes.startIndex
        while componentStart < bytes.endIndex {
            let componentEnd = bytes[componentStart...].firstIndex(of: ASCII.ampersand) ?? bytes.endIndex
            let component = bytes[componentStart..<componentEnd]
            componentStart = componentEnd + 1
            if component.isEmpty { continue }
            let equals = component.firstIndex(of: ASCII.equals)
            let nameBytes = component[component.startIndex..<(equals ?? component.endIndex)]
            let valueBytes = equals.map { component[($0 + 1)...] } ?? []
            let name = try percentDecoded(nameBytes, plusIsSpace: true)
            let value = try percentDecoded(valueBytes, plusIsSpace: true)
            pairs.append(QueryParameters.Pair(name: name, value: value))
        }
        return QueryParameters(pairs)
    }

    /// Percent-decoding (RFC 3986 §2.1). A `%` without two hex digits, or an encoded NUL, is
    /// refused rather than guessed at.
    static func percentDecoded(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool) throws(HTTPParserError) -> String {
        if !bytes.contains(ASCII.percent) && !(plusIsSpace && bytes.contains(ASCII.plus)) {
            return String(decoding: bytes, as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == ASCII.percent {
                guard index + 2 < bytes.endIndex,
                    let high = ASCII.hexValue(bytes[index + 1]),
                    let low = ASCII.hexValue(bytes[index + 2])
                else { throw .invalidTarget }
                let value = high << 4 | low
                if value == 0 { throw .invalidTarget }
                decoded.append(value)
                index += 3
            } else {
                decoded.append(plusIsSpace && byte == ASCII.plus ? ASCII.space : byte)
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
