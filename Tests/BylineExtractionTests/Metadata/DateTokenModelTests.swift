import BylineTestSupport
import Testing

@testable import BylineExtraction

/// The date rules read from an ASCII token's bytes must answer as the `Character` rules do.
@Suite struct DateTokenModelTests {
    static let pieces = [
        "1", "12", "31", "32", "0", "2017", "17", "199", "1800", "2201", "Apr", "apr", "APRIL", "April", "Sept", "sept",
        "May", "Ma", "Jun", "June", "Junee", "Foo", "st", "ND", "rd", "Th", "tH", "x", "-", ".", ":", "@", "[", "`",
        "{", "Dec", "December", "Decem",
    ]

    static func token(_ random: inout SeededGenerator) -> Substring {
        let count = 1 + random.next(below: 3)
        let text = (0..<count).map { _ in pieces[random.next(below: pieces.count)] }.joined()
        // A prefix of a longer string, as the tokenizer's substrings are.
        return Substring(text + " tail").prefix(text.utf8.count)
    }

    @Test func generatedTokens_readAsTheCharacterRules() {
        var random = SeededGenerator(seed: 12)
        for _ in 0..<5000 {
            let token = Self.token(&random)
            #expect(DateScanner.compactDate(token) == DateScanner.compactDate(characters: token), "\(token)")
            #expect(DateScanner.day(token) == DateScanner.day(characters: token), "\(token)")
            #expect(DateScanner.yearValue(token) == DateScanner.yearValue(characters: token), "\(token)")
        }
    }

    @Test(arguments: ["12Apr17", "1May2017", "31Dec99", "12April2017", "12Sept17", "12Apr7", "123Apr17", "12Ap17",
                      "12Apr17x", "12th", "1ST", "31", "32", "0", "12s", "12stt", "2017", "1799", "12Dé17"])
    func knownTokens_readAsTheCharacterRules(_ text: String) {
        let token = Substring(text)
        #expect(DateScanner.compactDate(token) == DateScanner.compactDate(characters: token))
        #expect(DateScanner.day(token) == DateScanner.day(characters: token))
        #expect(DateScanner.yearValue(token) == DateScanner.yearValue(characters: token))
    }

    @Test func monthNames_fromBytes_matchTheNamedLookup() {
        var random = SeededGenerator(seed: 13)
        let letters = Array("aAbcDeEfgjJlMnNoOprsStTuvy")
        let names = CalendarNames.months + CalendarNames.months.map { String($0.prefix(3)) } + ["sept", "SEPT", "Sep", "ma"]
        let generated = (0..<3000).map { _ in String((0..<(1 + random.next(below: 9))).map { _ in letters[random.next(below: letters.count)] }) }
        for name in names + names.map { $0.uppercased() } + generated {
            let bytes = Array(name.utf8)
            let fromBytes = bytes.withUnsafeBufferPointer { NewsDate.month(ascii: $0, 0..<$0.count) }
            #expect(fromBytes == NewsDate.month(named: Substring(name)), "\(name)")
        }
    }

    @Test func lowercaseWords_areNoDateStart() {
        let tokens: [Substring] = ["april", "12", "2017"]
        #expect(DateScanner.date(at: 0, in: tokens, year: nil) == nil)
        #expect(DateScanner.first(in: "April 12, 2017")?.date.iso == "2017-04-12")
        #expect(DateScanner.first(in: "on april 12, 2017") == nil)
    }

    @Test(arguments: [("by", "by", true), ("By", "by", true), ("BY", "by", true), ("bye", "by", false), ("The", "the", true),
                      ("thé", "the", false), ("b", "by", false), ("A", "a", true), ("b", "a", false)])
    func footerWords_compareWithoutCase(_ word: String, _ lower: StaticString, _ expected: Bool) {
        #expect(FooterNotice.isWord(Substring(word), lower) == expected)
    }

    @Test(arguments: [("Equipo", true), ("equipo", false), ("É", true), ("E\u{301}", true), ("1A", false), ("A", true), ("", false)])
    func footerWords_startUppercaseAsCharacters(_ word: String, _ expected: Bool) {
        #expect(FooterNotice.startsUppercase(Substring(word)) == expected)
        #expect(FooterNotice.startsUppercase(Substring(word)) == (word.first?.isUppercase == true))
    }

    @Test func footerNotice_givesDateAndCapitalisedPublisher() {
        let notice = FooterNotice.read("This document has been published on 13Apr17 by the Equipo Nizkor and Derechos Human Rights.")
        #expect(notice.date?.iso == "2017-04-13")
        #expect(notice.publisher == "Equipo Nizkor")
        let single = FooterNotice.read("Posted on April 2, 2019 by Reuters staff")
        #expect(single.date?.iso == "2019-04-02")
        #expect(single.publisher == "Reuters")
        #expect(FooterNotice.read("Posted on April 2, 2019 by the staff").publisher == nil)
    }
}
