import BylineExtraction
import Testing

/// Text with combining marks (decomposed accents) takes the `Character` path of the rules;
/// it must read the same as the precomposed text, which takes the byte path.
@Suite struct CharacterPathTests {
    @Test(arguments: [("Home | Wörld | Spört", true), ("Kontakt · Über uns · Presse", true), ("Café Owner Wins Award", false)])
    func menus_areFoundInDecomposedText(_ line: String, _ isMenu: Bool) {
        let decomposed = line.decomposedForTest
        #expect(NavigationLine.isNavigation(TextNormalizer.Line(text: line)) == isMenu)
        #expect(NavigationLine.isNavigation(TextNormalizer.Line(text: decomposed)) == isMenu)
    }

    @Test func byline_readsTheSameDecomposed() {
        let precomposed = BylineReader.read("By Zoë Åberg and José Núñez, Agence France-Presse (AFP), 12 April 2017")
        let decomposed = BylineReader.read(
            "By Zoe\u{308} A\u{30A}berg and Jose\u{301} Nu\u{303}n\u{303}ez, Agence France-Presse (AFP), 12 April 2017")
        #expect(precomposed?.authors == ["Zoë Åberg", "José Núñez"])
        #expect(decomposed?.authors.count == 2)
        #expect(decomposed?.outlet?.short == "AFP")
        #expect(decomposed?.date?.iso == "2017-04-12")
    }

    @Test func dateline_readsTheSameDecomposed() {
        let dateline = Dateline(paragraph: "SA\u{303}O PAULO (Reuters) - Prices rose on Monday.")
        #expect(dateline?.location == "SA\u{303}O PAULO")
        #expect(dateline?.outlet?.short == "Reuters")
    }

    @Test func greekQuestionMark_separatesDateTokensLikeASemicolon() {
        // U+037E is canonically a semicolon: the Character path treats it as one.
        #expect(DateScanner.first(in: "Updated\u{37E}12 April 2017")?.date.iso == "2017-04-12")
    }
}

extension String {
    /// NFD without Foundation: the few letters these tests use.
    var decomposedForTest: String {
        let map: [Character: String] = ["ö": "o\u{308}", "Ü": "U\u{308}", "é": "e\u{301}"]
        return String(flatMap { map[$0] ?? String($0) })
    }
}
