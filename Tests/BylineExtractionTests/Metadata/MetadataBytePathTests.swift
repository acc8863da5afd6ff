import Foundation
import Testing

@testable import BylineExtraction

/// Outlet names and source lines read from the bytes of simple text must read as the
/// `Character` path reads the same text decomposed (combining accents make it not simple).
@Suite struct MetadataBytePathTests {
    static func composed(_ text: String?) -> String? { text?.precomposedStringWithCanonicalMapping }

    @Test(arguments: [
        "NPR Oregon Public Broadcasting", "Agence France-Presse (AFP)", "Reuters", "BBC", "The Guardian (UK)",
        "Radio Łódź (RŁ)", "Télé Québec", "AP News", "U.S. News (USN)", "ÉCOLE Radio", "()", "(AFP)", " - ; ",
        "123", "NRB Northern Radio Broadcasting", "Le Monde (LM) extra", "A(B)", "Éditions (ÉD)",
    ])
    func outletNames_readAsTheCharacterPath(_ printed: String) {
        let simple = OutletName(printed)
        let decomposed = OutletName(printed.decomposedStringWithCanonicalMapping + "é".decomposedStringWithCanonicalMapping)
        let plain = OutletName(printed + "é")
        // The same name with a decomposed letter appended takes the Character path; with a
        // precomposed one, the byte path: both must agree.
        #expect(Self.composed(decomposed?.short) == Self.composed(plain?.short), "\(printed)")
        #expect(Self.composed(decomposed?.full) == Self.composed(plain?.full), "\(printed)")
        #expect((simple == nil) == printed.trimming(" .,;:-").allSatisfy { !$0.isLetter })
    }

    @Test(arguments: [
        "[Source: By Ana Jansen, NRB Northern Radio Broadcasting, 4Dec07]", "Source: NATO.", "SOURCE: Reuters, April 12, 2017",
        "(Source: The Guardian, April 12, 2017)", "Via: Łukasz Petrov, Radio Łódź", "Originally published by Le Monde on 12 April 2017",
        "first published in Télé Québec", "Sources: By Zoë Åberg and José Núñez, AFP", "Source - By Ana Jansen, 4Dec07",
        "Sourcery is not a label",
    ])
    func sourceLines_readAsTheCharacterPath(_ line: String) {
        let simple = SourceLineReader.read(line)
        let decomposed = SourceLineReader.read(line.decomposedStringWithCanonicalMapping)
        #expect(simple?.authors == decomposed?.authors.map { $0.precomposedStringWithCanonicalMapping }, "\(line)")
        #expect(simple?.outlet?.short == Self.composed(decomposed?.outlet?.short), "\(line)")
        #expect(simple?.outlet?.full == Self.composed(decomposed?.outlet?.full), "\(line)")
        #expect(simple?.date == decomposed?.date, "\(line)")
    }

    @Test func sourceLine_givesWhatItSays() {
        let byline = SourceLineReader.read("[Source: By Ana Jansen, NRB Northern Radio Broadcasting, 4Dec07]")
        #expect(byline?.authors == ["Ana Jansen"])
        #expect(byline?.outlet == OutletName(short: "NRB", full: "NRB Northern Radio Broadcasting"))
        #expect(byline?.date?.iso == "2007-12-04")
        let published = SourceLineReader.read("Originally published by Le Monde on 12 April 2017")
        #expect(published?.outlet?.short == "Le Monde")
        #expect(published?.date?.iso == "2017-04-12")
    }
}
