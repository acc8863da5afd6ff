import Foundation

extension Lexicon {
    /// Reads the bundled resources; a missing or unreadable file is recorded in `problems`.
    static func loadBundled() -> Lexicon {
        // Places and surfaces are gathered apart and given to the lexicon's initializer, which
        // builds the name table over them once (`indexNames`).
        var reader = Lexicon()
        var places: [String: PlaceKind] = [:]
        var surfaces: [String: TypeCounts] = [:]
        reader.read("places", ext: "tsv") { fields, _ in
            guard fields.count >= 2, let kind = PlaceKind(rawValue: String(fields[1])) else { return }
            places[String(fields[0])] = kind
        }
        reader.read("given-names", ext: "tsv") { fields, lex in
            guard fields.count >= 2 else { return }
            let gender: RecognizedEntity.Gender? =
                fields[1] == "m" ? .male : fields[1] == "f" ? .female : nil
            lex.givenNames[String(fields[0])] = .some(gender)
        }
        reader.read("conll-train", ext: "tsv") { fields, _ in
            guard fields.count >= 5 else { return }
            var counts = TypeCounts()
            counts.person = Int(fields[1]) ?? 0
            counts.organization = Int(fields[2]) ?? 0
            counts.location = Int(fields[3]) ?? 0
            counts.misc = Int(fields[4]) ?? 0
            surfaces[String(fields[0])] = counts
        }
        var lexicon = Lexicon(places: places, surfaces: surfaces)
        lexicon.givenNames = reader.givenNames
        lexicon.problems = reader.problems
        lexicon.read("common-words", ext: "txt") { fields, lex in
            if let word = fields.first { lex.commonWords.insert(String(word)) }
        }
        lexicon.buildFacts()
        return lexicon
    }

    /// Calls `row` with the tab-separated fields of each non-comment line of a resource.
    mutating func read(
        _ name: String, ext: String, row: ([Substring], inout Lexicon) -> Void
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
        Self.forEachRow(of: contents) { row($0, &self) }
    }
}
