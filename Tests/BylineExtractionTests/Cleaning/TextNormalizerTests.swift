import BylineExtraction
import Testing

@Suite struct TextNormalizerTests {
    @Test func crlfAndCR_splitLikeLF() {
        let expected = ["Title", "", "Body one.", "", "Body two."]
        #expect(TextNormalizer.lines(of: "Title\r\n\r\nBody one.\r\n\r\nBody two.").map(\.text) == expected)
        #expect(TextNormalizer.lines(of: "Title\r\rBody one.\r\rBody two.").map(\.text) == expected)
        #expect(TextNormalizer.lines(of: "Title\n\nBody one.\n\nBody two.").map(\.text) == expected)
    }

    @Test func oddSpaces_becomeOneSpace_andLinesAreTrimmed() {
        let line = TextNormalizer.lines(of: "\u{00A0} Rex\u{00A0}Tillerson\u{2009}met\t\tPutin \u{3000}").first
        #expect(line?.text == "Rex Tillerson met Putin")
    }

    @Test func invisibleCharacters_areRemoved_butJoinersStay() {
        let text = "Zero\u{200B}width soft\u{00AD}hyphen \u{FEFF}bom fam👨\u{200D}👩\u{200D}👧 bell\u{07}"
        #expect(TextNormalizer.lines(of: text).first?.text == "Zerowidth softhyphen bom fam👨\u{200D}👩\u{200D}👧 bell")
    }

    @Test func paddingWithNoBreakSpaces_isRecorded() {
        let lines = TextNormalizer.lines(of: "\u{00A0} \u{00A0} \u{00A0} Home | Shop\nA\u{00A0}normal line")
        #expect(lines.map(\.hadSpacePadding) == [true, false])
    }
}
