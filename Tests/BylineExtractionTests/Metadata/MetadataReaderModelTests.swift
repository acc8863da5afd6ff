import BylineTestSupport
import Testing

@testable import BylineExtraction

/// The metadata readers' byte paths against their `Character` paths (and, for the byline's
/// "By" test and the menu-word count, against the rules as first written), over generated
/// text: bylines, source-line pieces, date tokens.
@Suite struct MetadataReaderModelTests {
    static let vocabulary = [
        "Jane", "Doe", "de", "van", "Al", "NPR", "AFP", "U.S.", "Reuters", "Press", "News", "Staff", "Writer",
        "and", "And", "of", "with", "&", "Zoë", "Łódź", "O'Brien", "Jean-Claude", "bureau", "chief", "12Apr17",
        "2017", "April", "12,", "the", "Radio", "BBC.", ".", ",", "x", "MOSCOW", "Núñez", "’s", "A.", "rss",
        "E-MAIL", "Español", "donate", "Home", "|", "•", "ñews",
    ]

    static func phrase(_ random: inout SeededGenerator, maxWords: Int = 8) -> String {
        let count = 1 + random.next(below: maxWords)
        var words: [String] = []
        for _ in 0..<count {
            var word = vocabulary[random.next(below: vocabulary.count)]
            if random.next(below: 6) == 0 { word += "," }
            words.append(word)
        }
        return words.joined(separator: random.next(below: 8) == 0 ? "  " : " ")
    }

    @Test func nameShapes_fromBytes_matchTheCharacterRules() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<3000 {
            let text = Self.phrase(&random)
            let simple = text.utf8.withContiguousStorageIfAvailable(NameShape.of(simple:))
            #expect(simple == NameShape.of(characters: text), "\(text)")
        }
    }

    @Test func unmarkedBylines_fromBytes_matchTheCharacterRules() {
        var random = SeededGenerator(seed: 8)
        for _ in 0..<3000 {
            let text = Self.phrase(&random, maxWords: 3) + (random.next(below: 4) == 0 ? " ," : ", ")
                + Self.phrase(&random, maxWords: 4) + (random.next(below: 5) == 0 ? "." : "")
            guard ScalarText.withSimpleBytes(text, { _ in true }) == true else { continue }
            let fromBytes = text.utf8.withContiguousStorageIfAvailable(BylineReader.readUnmarked(simple:)) ?? nil
            #expect(fromBytes == BylineReader.readUnmarked(characters: text), "\(text)")
        }
    }

    @Test(arguments: ["By Jane Doe", "By  Jane Doe", "BY JANE DOE AND JOHN ROE", "by x", "By ", "By   ", "bY Reuters",
                      "By Zoë Åberg", "By \u{301}Jane", "Bye now", "By\u{A0}Jane"])
    func bylines_readAsTheSplitRule(_ text: String) {
        #expect(BylineReader.read(text) == Self.referenceRead(text), "\(text.debugDescription)")
    }

    @Test func generatedBylines_readAsTheSplitRule() {
        var random = SeededGenerator(seed: 9)
        for _ in 0..<1000 {
            let text = ["By ", "BY ", "by  ", "By"][random.next(below: 4)] + Self.phrase(&random)
            #expect(BylineReader.read(text) == Self.referenceRead(text), "\(text)")
        }
    }

    /// `BylineReader.read` as first written: split off the first word at a space.
    static func referenceRead(_ text: String) -> Byline? {
        let head = Array(text.utf8.prefix(3))
        guard head.count == 3, head[0] | 0x20 == UInt8(ascii: "b"), head[1] | 0x20 == UInt8(ascii: "y"),
            head[2] == UInt8(ascii: " ")
        else { return nil }
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].lowercased() == "by", text.utf8.count <= 200 || text.count <= 200 else { return nil }
        return BylineReader.pieces(String(words[1]))
    }

    static let datelinePieces = [
        "MOSCOW", "Moscow", "SAO PAULO", "AL-AIN", "ŁÓDŹ", "Łódź", "WASHINGTON", "April 12", "Apr. 12", "12 April",
        "Brazil", "brazil", "(Reuters)", "(AP)", "(Jane Doe)", "(reuters)", "()", "(AFP", "AFP)", ",", " ", "  ", "Saint Pierre et Miquelon Islands",
        "x", "U.S.", "2017",
    ]

    @Test func datelines_fromBytes_matchTheCharacterRules() {
        var random = SeededGenerator(seed: 11)
        var found = 0
        for _ in 0..<4000 {
            let count = 1 + random.next(below: 4)
            let head = (0..<count).map { _ in Self.datelinePieces[random.next(below: Self.datelinePieces.count)] }
                .joined(separator: random.next(below: 2) == 0 ? ", " : " ")
            let fromBytes = head.utf8.withContiguousStorageIfAvailable(Dateline.init(simple:)) ?? nil
            #expect(fromBytes == Dateline(characters: head), "\(head)")
            if fromBytes != nil { found += 1 }
        }
        #expect(found > 100)  // the generated heads hold datelines, not only misses
    }

    @Test func menuWordRule_fromPackedWords_matchesTheSetLookup() {
        var random = SeededGenerator(seed: 10)
        for _ in 0..<3000 {
            let text = Self.phrase(&random).replacingOccurrences(",", "")
            let bytes = Array(text.utf8)
            guard bytes.withUnsafeBufferPointer(ScalarText.isSimple) else { continue }
            let packed = bytes.withUnsafeBufferPointer { NavigationLine.isMenu($0, padded: false) }
            #expect(packed == Self.referenceMenu(text), "\(text)")
        }
    }

    /// The short-run-of-menu-words rule as first written, with `Set<String>` lookups (for
    /// lines of at most eight words and without separators, where it decides alone).
    static func referenceMenu(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        let segments = text.split(whereSeparator: { "|•·»›".contains($0) }).map { $0.split(separator: " ").count }
            .filter { $0 > 0 }
        if segments.count >= 2, segments.allSatisfy({ $0 <= 3 }), segments.count >= 3 || segments.allSatisfy({ $0 <= 2 }) {
            return true
        }
        guard words.count <= 8 else { return false }
        let lower = words.map { $0.lowercased() }
        let menu = lower.filter { NavigationLine.menuWords.contains($0) }
        let meaningful = menu.filter { !NavigationLine.glue.contains($0) }
        return meaningful.count >= 2 && menu.count * 2 >= words.count
            || (words.count == 1 && meaningful.count == 1 && lower[0] != "news")
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        String(flatMap { $0 == target ? Array(replacement) : [$0] })
    }
}
