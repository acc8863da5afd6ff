import Foundation

/// The names the lists know (places, CoNLL surface forms, metonyms), looked up by the code
/// units of a run of tokens as if joined by single spaces, without building that `String`.
///
/// The recognizer asks about a run of tokens many times (the whole chunk, the chunk without
/// its first word, its last two or three words, each growing prefix in the chunker); as
/// `String`s every question first joined the tokens and then hashed the result with
/// Unicode normalisation, about a fifth of recognition. The answers are the ones the
/// `String` dictionaries give: ASCII keys are compared by code units, which for ASCII is
/// `String` equality, and so is it for text below U+0300 against composed keys
/// (`WordTable.init(_:composedKeys:)`); any other run takes the `String` path (`entry(_:)`,
/// which composes the name first). The table is the lists' only copy: the lexicon keeps no
/// `String` dictionaries of places or surfaces beside it.
struct NameTable: Sendable {
    /// What the lists know about one name.
    struct Entry: Sendable {
        var place: Lexicon.PlaceKind?
        var counts: Lexicon.TypeCounts?
        var isMetonym = false

        /// What `Lexicon.isKnownName` asks: a place or a surface form.
        var isName: Bool { place != nil || counts != nil }
    }

    /// An `Entry` as kept: the counts in 32 bits each, 20 bytes instead of 48 (the table
    /// lives as long as the process, and its size counts against the memory target).
    private struct Stored: Sendable {
        var place: Lexicon.PlaceKind?
        var isMetonym: Bool
        var hasCounts: Bool
        var person: UInt32, organization: UInt32, location: UInt32, misc: UInt32

        init(_ entry: Entry) {
            place = entry.place
            isMetonym = entry.isMetonym
            hasCounts = entry.counts != nil
            let counts = entry.counts ?? Lexicon.TypeCounts()
            // Counts of one training corpus's words: far below 2^32 (clamped, never trapped).
            person = UInt32(clamping: counts.person)
            organization = UInt32(clamping: counts.organization)
            location = UInt32(clamping: counts.location)
            misc = UInt32(clamping: counts.misc)
        }

        var entry: Entry {
            var counts: Lexicon.TypeCounts?
            if hasCounts {
                counts = Lexicon.TypeCounts(
                    person: Int(person), organization: Int(organization), location: Int(location), misc: Int(misc))
            }
            return Entry(place: place, counts: counts, isMetonym: isMetonym)
        }
    }

    private var table = WordTable()
    private var entries: [Stored] = []

    init() {}

    init(places: [String: Lexicon.PlaceKind], surfaces: [String: Lexicon.TypeCounts], metonyms: Set<String>) {
        // One entry per name: canonically equal spellings are one key of the builder, as
        // they were of the `String` dictionary it replaced.
        var names = WordTable.Builder(capacity: places.count + surfaces.count + metonyms.count)
        var merged: [Entry] = []
        merged.reserveCapacity(places.count + surfaces.count + metonyms.count)
        func entry(_ name: String) -> Int {
            let entry = names.insert(name)
            if entry == merged.count { merged.append(Entry()) }
            return entry
        }
        for (name, kind) in places { merged[entry(name)].place = kind }
        for (name, counts) in surfaces { merged[entry(name)].counts = counts }
        for name in metonyms { merged[entry(name)].isMetonym = true }
        entries = merged.map(Stored.init)
        // Keys with other characters are composed (`WordTable.Builder`): a run is looked up
        // as it stands only when all its code units are below U+0300, a `String` in composed
        // form (`entry(_:)`).
        table = names.table()
    }

    /// What the lists know about the name `name`, compared as a `String` (canonically).
    func entry(_ name: String) -> Entry? {
        table.withReader { $0.id(ofKey: name) }.map { entries[Int($0)].entry }
    }

    /// How a run is written: `Lexicon.titleCasedIfCapitals` gives a second key only for a
    /// name with capitals and no lower-case letter.
    enum Form {
        /// Below U+0300, with an ASCII lower-case letter, or ASCII without capitals: one key.
        case plain
        /// Only ASCII, capitals and no lower-case letter: the key and its title-cased form.
        case capitals
        /// A code unit from U+0300 up, or other letters with capitals and no ASCII lower-case
        /// letter (title-casing those needs Unicode's case rules): the caller takes the
        /// `String` path.
        case other
    }

    /// What the table holds for one run: its form, and the entries for the run as written
    /// and (for capitals) title-cased.
    struct Probe {
        var form: Form
        var exact: Entry?
        var titled: Entry?
    }

    /// Looks up `tokens[range]` joined by single spaces, in one pass over its code units that
    /// both hashes them and reads its form; a title-cased second look for capitals.
    func probe(_ units: UnsafeBufferPointer<UInt16>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> Probe {
        var hasher = WordTable.FNVHasher()
        var length = 0
        var upper = false
        var lower = false
        var ascii = true
        // The joining spaces pass through the form tests unchanged: a space is ASCII, no letter.
        let belowComposedLimit = WordTable.Reader.walkPhrase(units, tokens, range, titled: false) { c in
            if c >= 0x80 {
                if c >= WordTable.composedLimit { return false }
                ascii = false
            } else if c &- 0x61 < 26 {
                lower = true
            } else if c &- 0x41 < 26 {
                upper = true
            }
            hasher.combine(c)
            length += 1
            return true
        }
        guard belowComposedLimit else { return Probe(form: .other) }
        // `Lexicon.titleCased` leaves any name with an ASCII lower-case letter as it is.
        let form: Form = ascii ? (upper && !lower ? .capitals : .plain) : (lower ? .plain : .other)
        if form == .other { return Probe(form: .other) }
        return table.withReader { reader in
            let hash = hasher.value
            var probe = Probe(form: form)
            probe.exact = reader.id(ofPhrase: units, tokens, range, hash: hash, length: length, titled: false)
                .map { entries[Int($0)].entry }
            if form == .capitals {
                probe.titled = reader.id(ofPhrase: units, tokens, range, titled: true).map { entries[Int($0)].entry }
            }
            return probe
        }
    }
}

extension WordTable.Reader {
    /// The id of the phrase `tokens[range]` joined by single spaces (code units), or
    /// nil. With `titled`, each letter after a word's first is lowered, as
    /// `Lexicon.titleCased` does to a name in capitals.
    func id(
        ofPhrase units: UnsafeBufferPointer<UInt16>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>,
        titled: Bool
    ) -> Int32? {
        guard !slots.isEmpty, !range.isEmpty else { return nil }
        var hasher = WordTable.FNVHasher()
        var length = 0
        _ = Self.walkPhrase(units, tokens, range, titled: titled) { c in
            hasher.combine(c)
            length += 1
            return true
        }
        return id(ofPhrase: units, tokens, range, hash: hasher.value, length: length, titled: titled)
    }

    /// The probe of `id(ofPhrase:)` once the phrase's hash and length are known.
    func id(
        ofPhrase units: UnsafeBufferPointer<UInt16>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>,
        hash: UInt32, length: Int, titled: Bool
    ) -> Int32? {
        guard !range.isEmpty else { return nil }
        return id(hash: hash, length: length) { matches($0, units, tokens, range, titled: titled) }
    }

    /// A code unit of the phrase as looked up: an upper-case ASCII letter that does not start
    /// its word is lowered when `titled` (a word starts after a space, i.e. a token start).
    @inline(__always)
    private static func unit(_ c: UInt16, first: Bool, titled: Bool) -> UInt16 {
        titled && !first && c &- 0x41 < 26 ? c | 0x20 : c
    }

    private func matches(
        _ start: Int, _ units: UnsafeBufferPointer<UInt16>, _ tokens: UnsafeBufferPointer<Token>,
        _ range: Range<Int>, titled: Bool
    ) -> Bool {
        var k = start
        return Self.walkPhrase(units, tokens, range, titled: titled) { c in
            guard keys[k] == c else { return false }
            k += 1
            return true
        }
    }

    /// Calls `body` with each code unit of `tokens[range]` joined by single spaces (lowered
    /// as `unit(_:first:titled:)` says), until `body` returns false; whether it reached the
    /// end. The one walk that hashing, probing and comparing a phrase share.
    @inline(__always)
    static func walkPhrase(
        _ units: UnsafeBufferPointer<UInt16>, _ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>,
        titled: Bool, _ body: (UInt16) -> Bool
    ) -> Bool {
        for t in range {
            if t > range.lowerBound, !body(0x20) { return false }
            let span = tokens[t].span
            for i in span.start..<span.end {
                if !body(unit(units[i], first: i == span.start, titled: titled)) { return false }
            }
        }
        return true
    }
}
