#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings to sort, compared exactly as `String` compares them, but the ASCII ones (nearly
/// every id, date, folded title and slug) as bytes from one buffer: for ASCII, String order is
/// the order of the bytes, and a byte compare skips the String comparison's calls and checks,
/// which made up most of sorting a load's articles and entities. A pair where either string
/// has other characters is compared as Strings.
struct ASCIIKeys {
    private let strings: [String]
    private let bytes: [UInt8]
    /// Where string `i`'s bytes are in `bytes`; nil when it is not all ASCII.
    private let ranges: [Range<Int>?]

    init(_ strings: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
        // Each string's bytes read in place (`withUTF8`), tested and copied as a block: through
        // the UTF-8 view, byte by byte, this cost more than the sorting it saves.
        ranges = strings.map { string in
            var string = string
            return string.withUTF8 { utf8 -> Range<Int>? in
                var high: UInt8 = 0
                for byte in utf8 { high |= byte }
                guard high < 0x80 else { return nil }
                let start = bytes.count
                bytes.append(contentsOf: utf8)
                return start..<bytes.count
            }
        }
        self.strings = strings
        self.bytes = bytes
    }

    /// -1, 0 or 1 as string `a` is before, equal to or after string `b`.
    func compare(_ a: Int, _ b: Int) -> Int {
        guard let x = ranges[a], let y = ranges[b] else {
            return strings[a] == strings[b] ? 0 : strings[a] < strings[b] ? -1 : 1
        }
        return bytes.withUnsafeBufferPointer { bytes in
            Self.compare(UnsafeBufferPointer(rebasing: bytes[x]), UnsafeBufferPointer(rebasing: bytes[y]))
        }
    }

    /// -1, 0 or 1 as `x` is before, equal to or after `y`, byte by byte (a prefix first).
    static func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(x.count, y.count)
        if common > 0, let a = x.baseAddress, let b = y.baseAddress {
            let order = memcmp(a, b, common)
            if order != 0 { return order < 0 ? -1 : 1 }
        }
        return x.count == y.count ? 0 : x.count < y.count ? -1 : 1
    }
}
