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
        read("places", ext: "tsv", problems: &problems) { fields in
            guard fields.count >= 2, let kind = Lexicon.PlaceKind(rawValue: String(fields[1])) else { return }
            lists.places[String(fields[0])] = kind
        }
        read("given-names", ext: "tsv", problems: &problems) { fields in
            guard fields.count >= 2 else { return }
            let gender: RecognizedEntity.Gender? =
                fields[1] == "m" ? .male : fields[1] == "f" ? .female : nil
            lists.givenNames[String(fields[0])] = .some(gender)
        }
        read("conll-train", ext: "tsv", problems: &problems) { fields in
            guard fields.count >= 5 else { return }
            var counts = Lexicon.TypeCounts()
            counts.person = Int(fields[1]) ?? 0
            counts.organization = Int(fields[2]) ?? 0
            counts.location = Int(fields[3]) ?? 0
            counts.misc = Int(fields[4]) ?? 0
            lists.surfaces[String(fields[0])] = counts
        }
        read("common-words", ext: "txt", problems: &problems) { fields in
            if let word = fields.first { lists.commonWords.insert(String(word)) }
        }
        return (lists, problems)
    }

    /// Calls `row` with the tab-separated fields of each non-comment line of a resource.
    static func read(_ name: String, ext: String, problems: inout [String], row: ([Substring]) -> Void) {
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
        Lexicon.forEachRow(of: contents, row)
    }
}
