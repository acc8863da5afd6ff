import BylineModel

/// Splits text into the case- and diacritic-folded tokens that search compares.
///
/// Letters and digits make tokens. Apostrophes join ("Russia's" -> "russias") and so does a
/// period followed by a letter or digit ("U.S." -> "us", "3.5" -> "35"), the same joins
/// `Slug` makes, so a query typed either way finds the text. Works on UTF-8 bytes with an
/// ASCII fast path: tokenizing is most of what indexing costs, and an ASCII token (nearly
/// all of them) is lowercased in place and hashed from its bytes without becoming a String.
public enum SearchTokenizer {
    public static func tokens(in text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each token in order; no intermediate array.
    public static func forEachToken(in text: String, _ body: (String) -> Void) {
        scan(text) { utf8, range, needsFolding, _ in
            let token = String(decoding: tokenBytes(utf8, range), as: UTF8.self)
            body(needsFolding ? fold(token) : token)
        }
    }

    /// Calls `body` with each token's `TermHash`, in order: what indexing needs. An ASCII
    /// token (nearly all of them) is hashed as it is read, with no copy and no String; one
    /// with other letters is rebuilt from its bytes and folded. Same hashes as `TermHash.of`
    /// on `forEachToken`'s tokens.
    static func forEachTerm(in text: String, _ body: (UInt64) -> Void) {
        scan(text) { utf8, range, needsFolding, hash in
            guard needsFolding else { return body(hash) }
            body(FoldTable.hash(utf8, range) ?? TermHash.of(fold(token(utf8, range))))
        }
    }

    /// Calls `body` with each token's bytes (`range` of `utf8`, joins and all, as the scan
    /// read them) and its `TermHash`, in order. `utf8` must be whole scalars of valid UTF-8.
    /// A piece of a text scanned alone gives the tokens its own String would.
    @inline(__always)
    static func forEachTerm(in utf8: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, UInt64) -> Void) {
        scan(utf8) { utf8, range, needsFolding, hash in
            guard needsFolding else { return body(range, hash) }
            body(range, FoldTable.hash(utf8, range) ?? TermHash.of(fold(token(utf8, range))))
        }
    }

    /// `forEachTerm(in:)` over the `count` bytes at `utf8`, which must be followed by one more
    /// readable byte that is ASCII and not a letter or digit (a space): the scan of a run of
    /// letters stops at that byte without testing for the end at each letter, a quarter of
    /// what the scan of a whole load's text cost. Same tokens, ranges and hashes.
    @inline(__always)
    static func forEachTerm(
        inPadded utf8: UnsafePointer<UInt8>, count: Int, _ body: (Range<Int>, UInt64) -> Void
    ) {
        precondition(byteKinds[Int(utf8[count])] == separatorKind, "padding must be a separator")
        scan(UnsafeBufferPointer(start: utf8, count: count), padded: true) { utf8, range, needsFolding, hash in
            guard needsFolding else { return body(range, hash) }
            body(range, FoldTable.hash(utf8, range) ?? TermHash.of(fold(token(utf8, range))))
        }
    }

    /// Calls `body` with each token's folded UTF-8 bytes, in order (`forEachToken`'s tokens,
    /// without a String per token unless one needs Foundation's folding).
    static func forEachTokenBytes(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var scratch: [UInt8] = []
        scan(text) { utf8, range, _, _ in
            scratch.removeAll(keepingCapacity: true)
            // An ASCII token's bytes are folded by the table's ASCII rule too.
            if !FoldTable.append(utf8, range, to: &scratch) {
                scratch.removeAll(keepingCapacity: true)
                let token = token(utf8, range)
                scratch += fold(token).utf8
            }
            scratch.withUnsafeBufferPointer(body)
        }
    }

    /// The token as the scan read it, before folding.
    private static func token(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: tokenBytes(utf8, range), as: UTF8.self)
    }

    /// Finds each token: the bytes `range` of `utf8` it spans, whether it holds non-ASCII
    /// letters (to fold), and the FNV-1a hash of its lowercased bytes (meaningful when not).
    /// One pass, no allocation, no captured state: this loop is most of what indexing costs.
    @inline(__always)
    private static func scan(
        _ text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Bool, UInt64) -> Void
    ) {
        var text = text
        text.withUTF8 { scan($0, body) }
    }

    /// `padded`: the byte after `utf8`'s last is readable and a separator (`forEachTerm(inPadded:)`).
    @inline(__always)
    private static func scan(
        _ utf8: UnsafeBufferPointer<UInt8>, padded: Bool = false,
        _ body: (UnsafeBufferPointer<UInt8>, Range<Int>, Bool, UInt64) -> Void
    ) {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        var hash = basis
        var start = -1
        var needsFolding = false
        var index = 0
        let end = utf8.count
        // Read through the base address: a padded scan reads the byte at `end` too.
        guard let base = utf8.baseAddress else { return }
        Self.wideKinds.withUnsafeBufferPointer { kinds in
            bytes: while index < end {
                // One table load sorts an ASCII byte (see `byteKinds`), where three range
                // tests per byte did: this loop runs over every byte of a load's text. The
                // kinds are 64-bit, hashed as loaded, with no widening per byte.
                var kind = kinds[Int(base[index])]
                if kind >= Self.wideWordKinds {
                    if start < 0 { start = index }
                    // A run of ASCII letters and digits (most bytes) in a loop of its own:
                    // hashed as read, with no test of `start` per byte.
                    repeat {
                        hash = (hash ^ kind) &* 0x0000_0100_0000_01b3
                        // `index < end`, a buffer's count: it cannot overflow, and an
                        // overflow check on every byte of a load is a tenth of this loop.
                        index &+= 1
                        // Padded, the byte at `end` is a separator and ends the run itself.
                        if !padded, index == end { break bytes }
                        kind = kinds[Int(base[index])]
                    } while kind >= Self.wideWordKinds
                }
                if kind == UInt64(Self.joinKind) {
                    index &+= 1
                    continue  // joins: a following letter extends this token
                }
                if kind == UInt64(Self.separatorKind) {
                    // `start <= index` always (a token starts at or before where the scan is).
                    if start >= 0 { body(utf8, Range(uncheckedBounds: (start, index)), needsFolding, hash) }
                    (hash, start, needsFolding) = (basis, -1, false)
                    index &+= 1
                    continue
                }
                let (scalar, length) = decode(utf8, at: index)
                if let scalar, isWordScalar(scalar, inToken: start >= 0) {
                    if start < 0 { start = index }
                    needsFolding = true
                } else if scalar?.value != 0x2019 {  // ’ joins like '
                    if start >= 0 { body(utf8, Range(uncheckedBounds: (start, index)), needsFolding, hash) }
                    (hash, start, needsFolding) = (basis, -1, false)
                }
                index += length
            }
        }
        if start >= 0 { body(utf8, start..<end, needsFolding, hash) }
    }

    /// What each byte is to the scan: a letter or digit is its lowercase self (every one is at
    /// least `wordKinds`); `'` and `.` join; other ASCII separates; a byte from 0x80 starts a
    /// scalar to decode.
    static let byteKinds: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
        case UInt8(ascii: "'"), UInt8(ascii: "."): return joinKind
        case 0x80...: return nonASCIIKind
        default: return separatorKind
        }
    }
    /// `byteKinds` as 64-bit words (what the scan loads).
    static let wideKinds: [UInt64] = byteKinds.map { UInt64($0) }
    static let wideWordKinds = UInt64(wordKinds)
    static let separatorKind: UInt8 = 0
    static let joinKind: UInt8 = 1
    static let nonASCIIKind: UInt8 = 2
    static let wordKinds = UInt8(ascii: "0")

    /// Letters and digits make tokens; a combining mark continues one.
    private static func isWordScalar(_ scalar: Unicode.Scalar, inToken: Bool) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || (inToken && scalar.properties.generalCategory == .nonspacingMark)
    }

    /// The scalar starting at `index` (a String's bytes are valid UTF-8: the lead byte gives
    /// the length) and its length; nil past the end.
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
        let byte = utf8[index]
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard index + length <= utf8.count else { return (nil, utf8.count - index) }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        return (Unicode.Scalar(value), length)
    }

    /// A token's bytes as the scan read them: ASCII lowercased, joins left out.
    private static func tokenBytes(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = utf8[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
                case UInt8(ascii: "'"), UInt8(ascii: "."): break
                default: bytes.append(byte)
                }
                index += 1
                continue
            }
            let (scalar, length) = decode(utf8, at: index)
            if scalar?.value != 0x2019 { bytes.append(contentsOf: utf8[index..<(index + length)]) }
            index += length
        }
        return bytes
    }

    static func fold(_ token: String) -> String {
        // Folding can turn one scalar into letters plus marks; keep letters and digits only.
        let folded = token.folding()
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
