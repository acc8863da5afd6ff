import Testing
@testable import BylineExtraction

/// `Pike also played up her record on roads: "..."`: a person's clause whose verb takes an
/// object, closed by a colon, introduces that person's words (session 11).
@Suite struct ColonObjectRuleTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }
    private func ruleSpeaker(_ paragraphs: [String]) -> String? {
        QuoteTestSupport.speakerWords(ColonObjectRule(), quote: 0, in: paragraphs)
    }

    @Test func verbWithObjectBeforeColon_givesTheSubject() {
        #expect(speakers(["Dana Pike also played up her record on roads: \"I have fought for every mile of highway.\""]) == ["Dana Pike"])
        #expect(ruleSpeaker(["Back in Ohio, Tom Waller returned to his familiar theme: \"Washington has forgotten us.\""]) == "Tom Waller")
        #expect(ruleSpeaker(["Lena Ortiz offered voters a simple choice on Monday: \"More of the same, or a fresh start.\""]) == "Lena Ortiz")
        #expect(ruleSpeaker(["She made her closing argument to the crowd in Dayton: \"I will fight for you every day.\""]) == "She")
    }

    @Test func wordsTakenFromSomeoneElse_areNotTheSubjects() {
        #expect(ruleSpeaker(["Tom Waller received a letter on Monday: \"Your request has been denied.\""]) == nil)
        #expect(ruleSpeaker(["Lena Ortiz found a note on her desk: \"Call me back.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike carried a sign: \"Save our schools.\""]) == nil)
        #expect(ruleSpeaker(["Jo Hale read the statement of the union aloud: \"We will strike on Monday.\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike mocked the new motto at the rally: \"Stronger Together.\""]) == nil)
        #expect(ruleSpeaker(["Tom Waller brushed off the question on Monday: \"Will you run again?\""]) == nil)
    }

    @Test func objectNamingAnotherSource_isLeftAlone() {
        #expect(ruleSpeaker(["Dana Pike saved a warning from the governor for last: \"The money is gone.\""]) == nil)
        #expect(ruleSpeaker(["Ana Mendes repeated her father's advice to the class: \"Never sign anything you have not read.\""]) == nil)
        #expect(ruleSpeaker(["Tom Waller opened the letter that arrived on Monday: \"Your request has been denied.\""]) == nil)
    }

    @Test func noPersonSubject_orATerm_isLeftAlone() {
        #expect(ruleSpeaker(["The crowd greeted the senator with a chant: \"Four more years!\""]) == nil)
        #expect(ruleSpeaker(["Dana Pike offered voters a choice: \"more of the same\" or a fresh start."]) == nil)
        #expect(ruleSpeaker(["When Waller arrived, the band played a song: \"Happy Days Are Here Again.\""]) == nil)
    }
}
