import BylineExtraction
import Testing

@Suite struct BylineReaderTests {
    @Test func byAAndB_givesTwoAuthors() {
        #expect(BylineReader.read("By Camille Durand and Piet van der Berg")?.authors == ["Camille Durand", "Piet van der Berg"])
    }

    @Test func listWithOutletAndRole_separatesThem() {
        let byline = BylineReader.read("By Ama Mensah, Kofi Boateng & Lena Wolff, Staff Writers, Accra Daily Post")
        #expect(byline?.authors == ["Ama Mensah", "Kofi Boateng", "Lena Wolff"])
        #expect(byline?.outlet?.short == "Accra Daily Post")
    }

    @Test func shoutedByline_isReadAsNames() {
        #expect(BylineReader.read("BY JANE DOE AND JOHN ROE")?.authors == ["Jane Doe", "John Roe"])
    }

    @Test func unmarkedNameAndAgency_isAByline() {
        let byline = BylineReader.readUnmarked("Jane Doe, Reuters")
        #expect(byline?.authors == ["Jane Doe"])
        #expect(byline?.outlet?.short == "Reuters")
    }

    @Test(arguments: ["By the end of the year, prices had doubled.", "By then it was too late", "Bystanders ran"])
    func sentencesStartingWithBy_areNotBylines(_ text: String) {
        #expect(BylineReader.read(text) == nil)
    }

    @Test func sourceLine_givesAuthorsOutletAndDate() {
        let byline = SourceLineReader.read("[Source: By Ines Moreau, RFI Radio France Internationale, 2Feb18]")
        #expect(byline?.authors == ["Ines Moreau"])
        #expect(byline?.outlet == OutletName(short: "RFI", full: "RFI Radio France Internationale"))
        #expect(byline?.date?.iso == "2018-02-02")
    }

    @Test func chartSource_isNotACreditLine() {
        #expect(SourceLineReader.read("Source: NATO.") == nil)
        #expect(SourceLineReader.read("[Source: Reuters]")?.outlet?.short == "Reuters")
    }

    @Test func outletNames_haveShortAndFullForms() {
        #expect(OutletName("Agence France-Presse (AFP)") == OutletName(short: "AFP", full: "Agence France-Presse (AFP)"))
        #expect(OutletName("The New York Times") == OutletName(short: "The New York Times"))
    }

    @Test(arguments: [
        ("MOSCOW (Reuters) - Russia said on Monday", "MOSCOW", "Reuters"),
        ("WASHINGTON, April 12 (AP) \u{2014} The Senate voted", "WASHINGTON", "AP"),
        ("HEMPSTEAD, N.Y., Sept. 26 (UPI) \u{2014} A candidate", "HEMPSTEAD", "UPI"),
        ("BRUSSELS - European leaders met", "BRUSSELS", nil),
    ])
    func datelines_giveLocationAndAgency(_ paragraph: String, _ location: String, _ outlet: String?) {
        let dateline = Dateline(paragraph: paragraph)
        #expect(dateline?.location == location)
        #expect(dateline?.outlet?.short == outlet)
    }

    @Test(arguments: ["The plan - if it passes - costs more.", "In London - the capital - prices rose."])
    func dashesInSentences_areNotDatelines(_ paragraph: String) {
        #expect(Dateline(paragraph: paragraph) == nil)
    }
}
