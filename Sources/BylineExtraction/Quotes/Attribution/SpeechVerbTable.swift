/// The forms of `SpeechVerbLexicon` by small integer ids, looked up by a token's UTF-16 code
/// units in place. `AttributionContext` looks up every lower-case word of an article: through
/// the lexicon's `[String: SpeechVerb]` that was a SipHash of the word per token, and an
/// array of `SpeechVerb?` (each holding its lemma string) retained and released per token.
/// Here a token costs one FNV hash over its code units and the context keeps an `Int16`.
///
/// Same answers as `SpeechVerbLexicon.shared[word]`: ASCII words are found in a `WordTable`
/// (for ASCII text, code-unit equality is `String` equality); any other word, and any ASCII
/// word when some form is not ASCII, is looked up by its `String` among the same keys.
struct SpeechVerbTable: Sendable {
    static let shared = SpeechVerbTable(SpeechVerbLexicon.shared)

    /// `verbs[id]` is the verb of reporting with that id.
    let verbs: [SpeechVerb]
    /// `facts[id]`: what the reported-speech readers test of that verb, without its lemma
    /// string (reading a `SpeechVerb` out of the array retains and releases the lemma).
    let facts: [Facts]
    private let table: WordTable
    private let ids: [String: Int16]
    /// Whether some form has a non-ASCII character (none today): an ASCII token could then
    /// still equal it canonically, so a miss in the table is not final.
    private let hasNonASCIIForm: Bool
    /// One bit per (length, first, last) and per (length, second, second-to-last) code unit
    /// of the ASCII forms, as in `SpeechVerbLexicon`: most words (`the`, `of`, `was`) are
    /// ruled out by two bit tests before any hashing.
    private let outerShapes: [UInt64]
    private let innerShapes: [UInt64]
    /// The ASCII forms of two to eight letters by their `PackedWordSet.pack` key, with their
    /// ids beside the slots: `AttributionContext` packs every token anyway, so a short word is
    /// looked up by its key with one probe instead of the shape test and an FNV hash over
    /// its units.
    private let packedKeys: PackedKeyTable<UInt64>
    private let packedIDs: [Int16]

    init(_ lexicon: SpeechVerbLexicon) {
        // Sorted: ids do not depend on the dictionary's iteration order.
        let forms = lexicon.forms.sorted { $0.key < $1.key }
        verbs = forms.map(\.value)
        facts = forms.map { Facts($0.value) }
        var ids: [String: Int16] = [:]
        for (id, form) in forms.enumerated() { ids[form.key] = Int16(id) }
        self.ids = ids
        table = WordTable(forms.enumerated().map { (key: $0.element.key, id: Int32($0.offset)) })
        hasNonASCIIForm = forms.contains { !$0.key.utf8.allSatisfy { $0 < 0x80 } }
        var outer = [UInt64](repeating: 0, count: 512)
        var inner = [UInt64](repeating: 0, count: 512)
        for (key, _) in forms where key.utf8.count >= 2 && key.utf8.allSatisfy({ $0 < 0x80 }) {
            let units = key.utf16.map { $0 }
            let (o, i) = units.withUnsafeBufferPointer { Self.shapeKeys($0, 0..<$0.count) }
            outer[o >> 6] |= 1 << UInt64(o & 63)
            inner[i >> 6] |= 1 << UInt64(i & 63)
        }
        outerShapes = outer
        innerShapes = inner
        var short: [(key: UInt64, id: Int16)] = []
        for (id, form) in forms.enumerated() where (2...8).contains(form.key.utf8.count) && form.key.utf8.allSatisfy({ $0 < 0x80 }) {
            let units = form.key.utf16.map { $0 }
            short.append((units.withUnsafeBufferPointer { PackedWordSet.pack($0, 0..<$0.count, folding: false) }, Int16(id)))
        }
        let keys = PackedKeyTable(short.map(\.key))
        var values = [Int16](repeating: -1, count: keys.slotCount)
        for (key, id) in short {
            guard let slot = keys.slot(of: key) else { preconditionFailure("a key just inserted is in the table") }
            values[slot] = id
        }
        packedKeys = keys
        packedIDs = values
    }

    /// Whether `id(packed:)` answers for every nonzero packed key: no form beyond ASCII that
    /// an ASCII token could equal canonically.
    var answersPacked: Bool { !hasNonASCIIForm }

    /// The id of the verb whose form is the word packed (not lowered) in the nonzero `key`
    /// (`PackedWordSet.packedKey` with `folding: false`), or -1: what `id(_:_:ascii:in:word:)`
    /// answers for those units when `answersPacked`. Forms of one letter or more than eight
    /// are not in the table, and there are none of one letter.
    @inline(__always)
    func id(packed key: UInt64) -> Int16 {
        guard let slot = packedKeys.slot(of: key) else { return -1 }
        return packedIDs[slot]
    }

    /// The two shape keys of an ASCII word of two units or more.
    @inline(__always)
    private static func shapeKeys(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> (Int, Int) {
        let length = min(range.count, 31) << 10
        let first = Int(units[range.lowerBound] & 31)
        let second = Int(units[range.lowerBound + 1] & 31)
        let beforeLast = Int(units[range.upperBound - 2] & 31)
        let last = Int(units[range.upperBound - 1] & 31)
        return (length | first << 5 | last, length | second << 5 | beforeLast)
    }

    @inline(__always)
    private func mayBeForm(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        let (o, i) = Self.shapeKeys(units, range)
        return outerShapes[o >> 6] & (1 << UInt64(o & 63)) != 0 && innerShapes[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// The id of the verb spelled by `units[range]` (the text of `word`), or -1.
    func id(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, word: String, in reader: WordTable.Reader) -> Int16 {
        id(units, range, in: reader) { word }
    }

    /// The same, asking for the word's text only when the code units cannot answer.
    @inline(__always)
    func id(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, in reader: WordTable.Reader, word: () -> String) -> Int16 {
        var bits: UInt16 = 0
        for i in range { bits |= units[i] }
        return id(units, range, ascii: bits < 0x80, in: reader, word: word)
    }

    /// The same, for a caller that already knows whether every unit is ASCII.
    @inline(__always)
    func id(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>, ascii: Bool, in reader: WordTable.Reader, word: () -> String) -> Int16 {
        // Every form has two letters or more (`SpeechVerbLexicon`'s subscript says no to fewer).
        if ascii {
            guard range.count >= 2 else { return -1 }
            if mayBeForm(units, range), let id = reader.id(of: units, range) { return Int16(truncatingIfNeeded: id) }
            guard hasNonASCIIForm else { return -1 }
        }
        let word = word()
        guard word.utf8.count >= 2 else { return -1 }
        return ids[word] ?? -1
    }

    /// A verb's form and traits, and the two lemma tests the readers make.
    struct Facts: Sendable {
        let form: SpeechVerb.Form
        let traits: SpeechVerb.Traits
        /// `PreposedCueReader.unambiguousBaseForms` holds the lemma (`say`, `warn`).
        let unambiguousBase: Bool
        /// The lemma is `ask` (`asked whether ...` is a question, not a report).
        let isAsk: Bool

        init(_ verb: SpeechVerb) {
            form = verb.form
            traits = verb.traits
            unambiguousBase = PreposedCueReader.unambiguousBaseForms.contains(verb.lemma)
            isAsk = verb.lemma == "ask"
        }
    }

    func withReader<R>(_ body: (WordTable.Reader) -> R) -> R { table.withReader(body) }
}
