import Foundation

extension Lexicon {
    /// Reads the bundled resources; a missing or unreadable file is recorded in `problems`.
    static func loadBundled() -> Lexicon {
        let (lists, problems) = Lists.bundled()
        var lexicon = Lexicon(lists)
        lexicon.problems = problems
        return lexicon
    }
}

extension Lexicon.Lists {
    /// The bundled lists, and the resources that could not be read.
    static func bundled() -> (lists: Lexicon.Lists, problems: [String]) {
        var lists = Lexicon.Lists()
        var problems: [String] = []
        // Fields are read in place (`Lexicon.Row`); only the keys become `String`s.
        read("places", ext: "tsv", problems: &problems, reserve: { lists.places.reserveCapacity($0) }) { row in
            guard row.count >= 2, let kind = Lexicon.PlaceKind(row, 1) else { return }
            lists.places[row.string(0)] = kind
        }
        read("given-names", ext: "tsv", problems: &problems, reserve: { lists.givenNames.reserveCapacity($0) }) {
            row in
            guard row.count >= 2 else { return }
            let gender: RecognizedEntity.Gender? =
                row.field(1, is: "m") ? .male : row.field(1, is: "f") ? .female : nil
            lists.givenNames[row.string(0)] = .some(gender)
        }
        read("conll-train", ext: "tsv", problems: &problems, reserve: { lists.surfaces.reserveCapacity($0) }) { row in
            guard row.count >= 5 else { return }
            var counts = Lexicon.TypeCounts()
            counts.person = row.integer(1)
            counts.organization = row.integer(2)
            counts.location = row.integer(3)
            counts.misc = row.integer(4)
            lists.surfaces[row.string(0)] = counts
        }
        read("common-words", ext: "txt", problems: &problems, reserve: { lists.commonWords.reserveCapacity($0) }) {
            row in
            lists.commonWords.insert(row.string(0))
        }
        return (lists, problems)
    }

    /// Calls `row` with the tab-separated fields of each non-comment line of a resource,
    /// after `reserve` with the number of lines (an upper bound on the rows: a dictionary
    /// grown from empty rehashed every key at each doubling).
    static func read(
        _ name: String, ext: String, problems: inout [String], reserve: (Int) -> Void, row: (Lexicon.Row) -> Void
    ) {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: ext)
        else {
            problems.append("missing resource \(name).\(ext)")
            return
        }
        let contents: String
        do {
            contents = try String(contentsOf: url, encoding: .utf8)
        } catch {
            problems.append("unreadable resource \(name).\(ext): \(error)")
            return
        }
        reserve(Lexicon.lineCountBound(contents))
        Lexicon.forEachRow(ofUTF8: contents, row)
    }
}

extension Lexicon.PlaceKind {
    /// `PlaceKind(rawValue: String(field))` for field `i` of a list row, without the `String`.
    init?(_ row: Lexicon.Row, _ i: Int) {
        if row.field(i, is: "city") {
            self = .city
        } else if row.field(i, is: "country") {
            self = .country
        } else if row.field(i, is: "region") {
            self = .region
        } else if row.field(i, is: "continent") {
            self = .continent
        } else {
            return nil
        }
    }
}
