/// The decoded `?name=value&...` pairs of a request target, in order; names may repeat.
public struct QueryParameters: Sendable, Hashable, Sequence {
    public private(set) var pairs: [Pair]

    public struct Pair: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(_ pairs: [Pair] = []) { self.pairs = pairs }

    /// The first value given for `name`; `nil` when absent.
    public subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    public func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    public func contains(_ name: String) -> Bool { pairs.contains { $0.name == name } }

    public var names: [String] { pairs.map(\.name) }

    public func makeIterator() -> IndexingIterator<[Pair]> { pairs.makeIterator() }
}
