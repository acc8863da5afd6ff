import Foundation

/// A fixed list of lower-case words (`that`, `is`/`are`/`was`/`were`), tested against a
/// token's code units in place. `AttributionContext.isWord(_:in:)` with a `Set<String>` seeds
/// a `Hasher` and runs SipHash over the word on every test, several hundred instructions;
/// the readers and rules test a few words around every cue. Here the ASCII words of up to
/// sixteen letters sit in a `PackedWordSet` (packed into integers, lowered on the fly, one
/// probe of a small table); any other word is answered by the `Set`.
///
/// Same answers as `words.contains(word)`. An ASCII word equals a key exactly when its bytes
/// are the key's composed (NFC) form, so keys go in by that form when it is ASCII (a key
/// like the Kelvin sign, canonically `K`, goes in as `K`). A word with other code units gets
/// no answer here and the caller asks the `Set`: only the set knows which non-ASCII texts are
/// canonically equal.
///
/// The lexicon's lists are declared as plain literals of this type
/// (`static let stops: WordClass = ["that", ...]`).
struct WordClass: Sendable, ExpressibleByArrayLiteral {
    let words: Set<String>
    /// The ASCII keys (composed) of one to sixteen letters.
    private let packed: PackedWordSet
    /// Some ASCII key is longer than the packed set holds: a word that long asks the `Set`.
    private let hasLong: Bool
    /// The empty word is a key (it packs to nothing).
    private let hasEmpty: Bool
    /// Every key is ASCII once composed (NFC): then a text that cannot equal any ASCII word
    /// (`AttributionContext.mayEqualASCII`) is in no class, without asking the `Set`.
    let keysAreASCII: Bool
    /// The length of the longest ASCII key (composed), in characters: with `keysAreASCII`, a
    /// text of more UTF-16 units equals no key (`AttributionContext.isListed`).
    let longestASCII: Int

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    init(_ words: Set<String>) {
        self.words = words
        var ascii: [String] = []
        var keysAreASCII = true
        for word in words {
            if Self.isASCII(word) {
                ascii.append(word)
            } else {
                let composed = word.precomposedStringWithCanonicalMapping
                if Self.isASCII(composed) { ascii.append(composed) } else { keysAreASCII = false }
            }
        }
        self.keysAreASCII = keysAreASCII
        packed = PackedWordSet(ascii)
        hasLong = ascii.contains { $0.utf8.count > PackedWordSet.capacity }
        hasEmpty = ascii.contains("")
        longestASCII = ascii.lazy.map(\.utf8.count).max() ?? 0
    }

    /// Whether a text of `count` UTF-16 units is too long to equal (canonically, lowered or
    /// not) any key. Only a class of ASCII keys answers: a text that may equal an ASCII word
    /// holds ASCII units and the four characters `AttributionContext.mayEqualASCII` lets
    /// through, each of which composes and lowers to one ASCII character, so it has as many
    /// units as the word has characters. Non-ASCII keys answer false (a decomposed `é` is
    /// longer than the composed key it equals).
    @inline(__always)
    func isLonger(thanEveryKey count: Int) -> Bool {
        keysAreASCII && count > longestASCII
    }

    private static func isASCII(_ word: String) -> Bool { word.utf8.allSatisfy { $0 < 0x80 } }

    /// Whether `units[range]` (lowered first when `folding`) spell one of the words; nil
    /// when the units are not ASCII (or longer than the packed set holds, and some key is),
    /// and the answer must come from the `Set`.
    @inline(__always)
    func contains(units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, folding: Bool) -> Bool? {
        var bits: UInt16 = 0
        for i in range { bits |= units[i] }
        guard bits < 0x80 else { return nil }
        return containsASCII(units, range, folding: folding)
    }

    /// `contains(units:_:folding:)` for a word whose nonzero `PackedWordSet.packedKey` is `key`.
    @inline(__always)
    func contains(packed key: UInt64) -> Bool {
        packed.contains(packed: key)
    }

    /// Whether `bytes` (lowered first when `folding`) spell one of the words; nil when the
    /// bytes are not ASCII, and the answer must come from the `Set`. The same steps as
    /// `contains(units:_:folding:)`, over bytes.
    func contains(utf8 bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool? {
        guard ASCIIBytes.areASCII(bytes) else { return nil }
        return containsASCII(bytes, 0..<bytes.count, folding: folding)
    }

    @inline(__always)
    private func containsASCII<Unit: FixedWidthInteger & UnsignedInteger>(
        _ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>, folding: Bool
    ) -> Bool? {
        let count = range.count
        if count == 0 { return hasEmpty }
        if count > PackedWordSet.capacity { return hasLong ? nil : false }
        return packed.contains(units, range, folding: folding)
    }

    /// `words.contains(word)`, by the bytes when they allow it.
    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains(utf8: $0, folding: false) } ?? words.contains(word)
    }
}
