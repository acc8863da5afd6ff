/// Header fields in arrival order; names compare case-insensitively (RFC 9110 §5.1).
public struct HTTPHeaders: Sendable, Hashable, Sequence {
    public private(set) var fields: [(name: String, value: String)] = []

    public init() {}
    public init(_ fields: [(String, String)]) {
        self.fields = fields.map { (name: $0.0, value: $0.1) }
    }

    public subscript(name: String) -> String? {
        first(name)
    }

    public func first(_ name: String) -> String? {
        fields.first { Self.namesMatch($0.name, name) }?.value
    }

    public func all(_ name: String) -> [String] {
        fields.filter { Self.namesMatch($0.name, name) }.map(\.value)
    }

    public func contains(_ name: String) -> Bool { first(name) != nil }

    public var count: Int { fields.count }

    /// Room for `count` fields without regrowing: a response that will carry several fields
    /// (validators, type, Vary) allocates once instead of at 1, 2 and 4.
    public mutating func reserveCapacity(_ count: Int) {
        fields.reserveCapacity(count)
    }

    public mutating func add(_ name: String, _ value: String) {
        fields.append((name: name, value: value))
    }

    /// Replaces every field of that name with one.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        add(name, value)
    }

    public mutating func remove(_ name: String) {
        fields.removeAll { Self.namesMatch($0.name, name) }
    }

    /// True when a comma-separated field of that name lists `token` (case-insensitive),
    /// e.g. `Connection: keep-alive, Upgrade` contains "upgrade" (RFC 9110 §5.6.1).
    public func containsToken(_ token: String, in name: String) -> Bool {
        for field in fields where Self.namesMatch(field.name, name) {
            for element in field.value.split(separator: ",") {
                let trimmed = element.trimmingASCIIWhitespace()
                if Self.namesMatch(trimmed, token) { return true }
            }
        }
        return false
    }

    public func makeIterator() -> some IteratorProtocol<(name: String, value: String)> {
        fields.makeIterator()
    }

    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }

    /// ASCII case-insensitive comparison without allocating lowercased copies: this runs
    /// for every header lookup on the request path, so native strings compare their
    /// contiguous bytes directly.
    static func namesMatch<A: StringProtocol, B: StringProtocol>(_ lhs: A, _ rhs: B) -> Bool {
        let left = lhs.utf8
        let right = rhs.utf8
        guard left.count == right.count else { return false }
        let fast = left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in
                bytesMatch(leftBytes, rightBytes)
            }
        }
        if let fast, let result = fast { return result }
        for (a, b) in zip(left, right) where a != b {
            guard ASCII.lowercased(a) == ASCII.lowercased(b) else { return false }
        }
        return true
    }

    private static func bytesMatch(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<left.count {
            let a = left[index]
            let b = right[index]
            if a != b, ASCII.lowercased(a) != ASCII.lowercased(b) { return false }
        }
        return true
    }
}

extension StringProtocol {
    /// Drops leading and trailing spaces and tabs (HTTP's OWS, RFC 9110 §5.6.3).
    func trimmingASCIIWhitespace() -> Substring {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return slice
    }
}
