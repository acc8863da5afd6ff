import Foundation
import Testing

@testable import BylineExtraction

/// The lexicon's byte-level loading must read what the character-level code read.
@Suite struct LexiconRowsTests {
    /// The plain reading the fast one replaced.
    static func characterRows(_ contents: String) -> [[String]] {
        contents.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static func byteRows(_ contents: String) -> [[String]] {
        var rows: [[String]] = []
        Lexicon.forEachRow(of: contents) { rows.append($0.map(String.init)) }
        return rows
    }

    @Test(arguments: [
        "# comment\nParis\tcity\n\nBerlin\tcity\n",
        "a\t\tb\t\n\t\n\n\nlast line without feed",
        "crlf\tline\r\nstays one\r\nline\nnext",
        "#\u{301}x\tnot a comment\n#real comment\n #indented\tkept",
        "Zoë\tf\nJosé\tm\n李\tu\n😀\t1\n",
        "", "\n", "#", "\t",
    ])
    func forEachRow_equalsSplittingByCharacters(_ contents: String) {
        #expect(Self.byteRows(contents) == Self.characterRows(contents))
    }

    @Test(arguments: ["places.tsv", "given-names.tsv", "conll-train.tsv", "common-words.txt"])
    func forEachRow_readsEachBundledListLikeSplittingByCharacters(_ file: String) throws {
        let parts = file.split(separator: ".")
        guard let url = Bundle.module.url(
            forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Resources")
            ?? Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1]))
        else {
            Issue.record("missing resource \(file)")
            return
        }
        let contents = try String(contentsOf: url, encoding: .utf8)
        let rows = Self.byteRows(contents)
        #expect(rows.count > 1000)
        #expect(rows == Self.characterRows(contents))
    }

    @Test(arguments: ["New York", "Paris", "", " ", "a ", " a", "São Paulo", "a \u{301}b", "a\u{00A0}b", "x \u{301}", "Zoë Åberg"])
    func containsSpace_equalsFoundationSearch(_ name: String) {
        #expect(Lexicon.containsSpace(name) == name.contains(" "))
    }

    @Test func containsSpace_equalsFoundationSearchOnEveryListedName() {
        let lists = Lexicon.Lists.bundled().lists
        for name in Array(lists.places.keys) + Array(lists.surfaces.keys) {
            #expect(Lexicon.containsSpace(name) == name.contains(" "), "\(name)")
        }
    }

    @Test(arguments: ["0", "17", "007", "", "-3", "+4", " 5", "12a", "99999999999999999999", "999999999999999999", "١٢"])
    func rowInteger_equalsIntParsing(_ field: String) {
        var found: [Int] = []
        Lexicon.forEachRow(ofUTF8: "x\t\(field)\n") { found.append($0.integer(1)) }
        #expect(found == [Int(field) ?? 0])
    }

    @Test(arguments: ["city", "country", "region", "continent", "City", "cit", "cities", "", "ci\u{301}ty"])
    func rowPlaceKind_equalsRawValueParsing(_ field: String) {
        var found: [Lexicon.PlaceKind?] = []
        Lexicon.forEachRow(ofUTF8: "x\t\(field)\n") { found.append(Lexicon.PlaceKind($0, 1)) }
        #expect(found == [Lexicon.PlaceKind(rawValue: field)])
    }

    @Test(arguments: ["m", "f", "u", "M", "m\u{301}", "", "mm"])
    func rowFieldIs_equalsStringComparison(_ field: String) {
        var found: [Bool] = []
        Lexicon.forEachRow(ofUTF8: "x\t\(field)\n") { found.append($0.field(1, is: "m")) }
        #expect(found == [field == "m"])
    }
}
