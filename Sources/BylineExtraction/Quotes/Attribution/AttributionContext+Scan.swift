/// The scan of an article's tokens that `AttributionContext.init` makes: each token's packed
/// key, its verb of reporting, and the running count of cues. It runs on every token of
/// every article (the context's main cost), so it reads the buffers it is handed as plain
/// values (the nested closures it replaced reloaded each output array's base from their
/// contexts on every store, and zero-filled the arrays first), packs keys in SIMD lanes, and
/// keeps the loop that calls out (slow lookups, appends) apart from the one that packs.
extension AttributionContext {
    /// The buffers the scan reads and fills: `keys` and `verbIDs` hold one element per
    /// token, `cuesBefore` one more. All are written in full.
    struct TokenScan {
        let tokens: UnsafeBufferPointer<Token>
        let units: UnsafeBufferPointer<UInt16>
        let keys: UnsafeMutableBufferPointer<UInt64>
        let verbIDs: UnsafeMutableBufferPointer<Int16>
        let cuesBefore: UnsafeMutableBufferPointer<Int32>
        let verbTable: SpeechVerbTable
        let reader: WordTable.Reader
    }

    static func scan(
        _ scan: TokenScan, cuePositions: inout [Int32], nonASCIILowered: inout [(index: Int32, text: String)]
    ) {
        packKeys(scan.tokens, scan.units, into: scan.keys)
        findCues(scan, cuePositions: &cuePositions, nonASCIILowered: &nonASCIILowered)
    }

    /// Every token's key, in a loop of its own: with no calls in it, nothing is spilled.
    private static func packKeys(
        _ tokens: UnsafeBufferPointer<Token>, _ units: UnsafeBufferPointer<UInt16>, into keys: UnsafeMutableBufferPointer<UInt64>
    ) {
        let unitCount = units.count
        let folds = Token.Shape.capitalized.rawValue | Token.Shape.allCaps.rawValue
        for index in 0..<tokens.count {
            // Fields read in place: copying a token retains its text.
            let span = tokens[index].span
            let folding = tokens[index].shape.rawValue & folds != 0
            let length = span.end &- span.start
            if length &- 1 < 8, span.start &+ 8 <= unitCount, let base = units.baseAddress {
                keys[index] = wideKey(base, span.start, count: length, folding: folding)
            } else {
                keys[index] = PackedWordSet.packedKey(units, span.start..<span.end, folding: folding)
            }
        }
    }

    /// `PackedWordSet.packedKey(base, start, count:, folding:)` (one to eight units; the eight
    /// from `start` must be in the buffer) in SIMD lanes: the units are masked to `count`,
    /// tested for ASCII, lowered and narrowed to bytes a whole word at a time, in a few vector
    /// instructions where the scalar steps took some forty (`PackedTokenTests` compares them).
    @inline(__always)
    static func wideKey(_ base: UnsafePointer<UInt16>, _ start: Int, count: Int, folding: Bool) -> UInt64 {
        let lanes = UnsafeRawPointer(base + start).loadUnaligned(as: SIMD8<UInt16>.self)
        let live = SIMD8<UInt16>(0, 1, 2, 3, 4, 5, 6, 7) .< SIMD8<UInt16>(repeating: UInt16(truncatingIfNeeded: count))
        var word = SIMD8<UInt16>(repeating: 0).replacing(with: lanes, where: live)
        if any(word .> SIMD8<UInt16>(repeating: 0x7F)) { return 0 }
        if folding {
            let upper = (word &- 0x41) .< SIMD8<UInt16>(repeating: 26)
            word = word.replacing(with: word | 0x20, where: upper)
        }
        let key = unsafeBitCast(SIMD8<UInt8>(truncatingIfNeeded: word), to: UInt64.self)
        // The top bit of the last unit's byte marks the length, as `PackedWordSet.pack` sets it.
        return key | 0x80 &<< UInt64(truncatingIfNeeded: (count &- 1) &* 8)
    }

    /// Each token's verb of reporting and the running count of cues, from the keys.
    private static func findCues(
        _ scan: TokenScan, cuePositions: inout [Int32], nonASCIILowered: inout [(index: Int32, text: String)]
    ) {
        // Locals, so the loop keeps them in registers.
        let tokens = scan.tokens
        let units = scan.units
        let keys = scan.keys
        let verbIDs = scan.verbIDs
        let cuesBefore = scan.cuesBefore
        let verbTable = scan.verbTable
        let reader = scan.reader
        let packedVerbs = verbTable.answersPacked
        let folds = Token.Shape.capitalized.rawValue | Token.Shape.allCaps.rawValue
        var cues: Int32 = 0
        cuesBefore[0] = 0
        for index in 0..<tokens.count {
            let span = tokens[index].span
            let kind = tokens[index].kind
            let shape = tokens[index].shape
            let folding = shape.rawValue & folds != 0
            let key = keys[index]
            var verb: Int16 = -1
            if kind == .word, !shape.contains(.capitalized) {
                if packedVerbs, !folding, key != 0 {
                    // Two to eight ASCII units, packed as written: one probe.
                    verb = verbTable.id(packed: key)
                } else {
                    // A nonzero key is a word of ASCII units; a zero one is not, or is long.
                    let ascii = key != 0 || isASCII(units, span)
                    // The text only for a word that is not ASCII: passing it retained it.
                    verb = verbTable.id(units, span.start..<span.end, ascii: ascii, in: reader) { tokens[index].text }
                }
                if verb >= 0, index > 0, isNounAfterDeterminer(verb, index, tokens, units, verbTable) { verb = -1 }
            }
            if folding, key == 0, !isASCII(units, span) {
                let text = tokens[index].text
                nonASCIILowered.append((Int32(index), latin1Lowercased(text) ?? ASCIICase.lowercased(text)))
            }
            if verb >= 0 || (kind == .word && span.end &- span.start == 9 && isAccording(units, span, shape)) {
                cues &+= 1
                cuePositions.append(Int32(truncatingIfNeeded: index))
            }
            verbIDs[index] = verb
            cuesBefore[index &+ 1] = cues
        }
    }

    @inline(__always)
    private static func isASCII(_ units: UnsafeBufferPointer<UInt16>, _ span: TextSpan) -> Bool {
        var bits: UInt16 = 0
        for i in span.start..<span.end { bits |= units[i] }
        return bits < 0x80
    }

    /// `Ginsburg's comments`, `his remarks`, `a claim`: after a possessive or a determiner a
    /// base or present form is a noun, not a verb of reporting. Asked only of the few verbs
    /// found, out of line.
    @inline(never)
    private static func isNounAfterDeterminer(
        _ verb: Int16, _ index: Int, _ tokens: UnsafeBufferPointer<Token>, _ units: UnsafeBufferPointer<UInt16>,
        _ verbTable: SpeechVerbTable
    ) -> Bool {
        let form = verbTable.facts[Int(verb)].form
        guard form == .base || form == .present else { return false }
        let before = tokens[index - 1].span
        return tokens[index - 1].isPossessive
            || (tokens[index - 1].kind == .word
                && (nounDeterminers.contains(units: units, before.start..<before.end, folding: true)
                    ?? nounDeterminers.words.contains(tokens[index - 1].text.lowercased())))
    }
}
