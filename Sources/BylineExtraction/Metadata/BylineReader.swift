import Foundation

/// Reads bylines in their common forms: `By A and B`, `By A, B and C, Reuters`,
/// `By A | April 12, 2017`, `BY A AND B`, and the unmarked `A, Reuters`.
public enum BylineReader {
    /// A paragraph that opens with "By" and holds only names, outlets, roles and a date.
    public static func read(_ text: String) -> Byline? {
        let utf8 = text.utf8
        var head = utf8.makeIterator()
        guard let b = head.next(), b | 0x20 == UInt8(ascii: "b"), let y = head.next(), y | 0x20 == UInt8(ascii: "y"),
            head.next() == UInt8(ascii: " ")
        else { return nil }
        // "By " then an ASCII byte: the space is a character of its own (no mark joins it),
        // so the split below would give "By"/"by"/"BY" and the text after this space.
        if let next = head.next(), next < 0x80, utf8.count <= 200 {
            return pieces(String(text[utf8.index(utf8.startIndex, offsetBy: 3)...]))
        }
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].lowercased() == "by", text.utf8.count <= 200 || text.count <= 200 else { return nil }
        return pieces(String(words[1]))
    }

    /// `Jane Doe, Reuters`: a person then an organisation, nothing else (no "By").
    public static func readUnmarked(_ text: String) -> Byline? {
        guard text.utf8.count <= 100, text.utf8.contains(UInt8(ascii: ",")) else { return nil }
        if let simple = ScalarText.withSimpleBytes(text, readUnmarked(simple:)) { return simple }
        return readUnmarked(characters: text)
    }

    /// `readUnmarked` on `Character`s, for text that is not simple (and for tests).
    static func readUnmarked(characters text: String) -> Byline? {
        let parts = text.split(separator: ",").map { $0.trimming(" ") }
        guard parts.count == 2, text.split(separator: " ").count <= 8, !text.hasSuffix("."),
            NameShape.of(parts[0]) == .person, NameShape.of(parts[1]) == .organization
        else { return nil }
        return Byline(authors: [parts[0]], outlet: OutletName(parts[1]))
    }

    /// The comma-separated pieces after "By"; `nil` when one is not a name, outlet, role or date.
    public static func pieces(_ text: String) -> Byline? {
        var byline = Byline()
        for piece in splitPieces(text) {
            guard !piece.isEmpty else { continue }
            if let date = DateScanner.whole(piece) {
                byline.date = byline.date ?? date
                continue
            }
            let piece = startsWithBy(piece) ? String(piece.dropFirst(3)) : piece
            let whole = NameShape.of(piece)
            if whole == .organization || whole == .role {
                if whole == .organization, byline.outlet == nil { byline.outlet = OutletName(piece) }
                continue
            }
            for part in splitNames(piece) {
                switch NameShape.of(part) {
                case .person: byline.authors.append(part)
                case .organization: if byline.outlet == nil { byline.outlet = OutletName(part) }
                case .role: continue
                case .other: return nil
                }
            }
        }
        return byline.isEmpty ? nil : byline
    }

    /// "A and B", "A & B", "A and B with C": words grouped between the joining words.
    static func splitNames(_ piece: String) -> [String] {
        if let names = ScalarText.withSimpleBytes(piece, splitSimpleNames) { return names }
        var names: [String] = []
        var current: [Substring] = []
        for word in piece.split(separator: " ") {
            if isJoiningWord(word) {
                if !current.isEmpty { names.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { names.append(current.joined(separator: " ")) }
        return names
    }

    /// `splitNames` from the bytes of simple text (`ScalarText`), where a space is always a
    /// character of its own: each name is its words joined with one space.
    static func splitSimpleNames(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var names: [String] = []
        var current: [UInt8] = []
        func close() {
            if !current.isEmpty { names.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for word in SpaceSeparatedWords(bytes) {
            let wordBytes = UnsafeBufferPointer(rebasing: bytes[word])
            if wordBytes.elementsEqual("and".utf8) || wordBytes.elementsEqual("And".utf8)
                || wordBytes.elementsEqual("&".utf8) || wordBytes.elementsEqual("with".utf8)
            {
                close()
            } else {
                if !current.isEmpty { current.append(0x20) }
                current.append(contentsOf: wordBytes)
            }
        }
        close()
        return names
    }

    /// `and`, `And`, `&` or `with`, compared as bytes: no other spelling is canonically
    /// equal to these ASCII words, and `==` on a word with other letters normalises it first.
    static func isJoiningWord(_ word: Substring) -> Bool {
        let utf8 = word.utf8
        return utf8.elementsEqual("and".utf8) || utf8.elementsEqual("And".utf8) || utf8.elementsEqual("&".utf8)
            || utf8.elementsEqual("with".utf8)
    }
}
