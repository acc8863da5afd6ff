import BylineExtraction
import Testing

@Suite struct DateScannerTests {
    @Test(arguments: [
        ("12Apr17", "2017-04-12"), ("12Apr2017", "2017-04-12"), ("April 12, 2017", "2017-04-12"),
        ("12 April 2017", "2017-04-12"), ("2017-04-12", "2017-04-12"), ("Apr. 12, 2017", "2017-04-12"),
        ("Wednesday, April 12, 2017", "2017-04-12"), ("Sept. 3, 1999", "1999-09-03"),
        ("1st March 2020", "2020-03-01"), ("Updated: 29 Feb 2016", "2016-02-29"), ("5Mar99", "1999-03-05"),
    ])
    func newsDateForms_read(_ text: String, _ iso: String) {
        #expect(DateScanner.whole(text)?.iso == iso)
    }

    @Test func monthAndDay_needAYear() {
        #expect(DateScanner.whole("Apr. 12") == nil)
        #expect(DateScanner.whole("Apr. 12", year: 2017)?.iso == "2017-04-12")
    }

    @Test(arguments: ["31 April 2017", "29 Feb 2017", "04/12/2017", "12Foo17", "2017-13-01", "may 12 people"])
    func impossibleOrAmbiguousDates_areRejected(_ text: String) {
        #expect(DateScanner.first(in: text) == nil)
    }

    @Test func dateInsideASentence_isFound() {
        let found = DateScanner.first(in: "This page was published on 13Apr17 by the archive.")
        #expect(found?.date.iso == "2017-04-13")
    }
}
