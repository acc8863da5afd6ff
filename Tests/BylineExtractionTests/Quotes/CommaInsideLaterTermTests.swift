import Testing
@testable import BylineExtraction

/// `Those who spend days "fixing old boats" and reading about "kinds of rope," he said, ...`:
/// a cue after a later fragment whose marks hold the comma still reaches the earlier
/// fragment of the same sentence (session 10).
@Suite struct CommaInsideLaterTermTests {
    private func speakers(_ sentence: String) -> [String?] { QuoteTestSupport.directSpeakers([sentence]) }

    @Test func earlierFragment_sharesTheCueAfterTheLaterOne() {
        let sentence = "The pier plan was \u{201C}a costly folly\u{201D} and \u{201C}a danger to boats,\u{201D} Dana Pike said."
        #expect(speakers(sentence) == ["Dana Pike", "Dana Pike"])
    }

    @Test func parentheticalCueInsideTheSentence_reachesBothFragments() {
        let sentence = "Those who spend days \"fixing old boats\" and reading about \"certain kinds of rope,\" Dana Pike said, "
            + "end up in a fight that is \"far from real.\""
        #expect(speakers(sentence) == ["Dana Pike", "Dana Pike", "Dana Pike"])
    }

    @Test func laterTermWithoutAComma_givesNothingNew() {
        let sentence = "The pier plan was \"a costly folly\" and the \"harbor\" rules were old."
        #expect(speakers(sentence) == [nil, nil])
    }

    @Test func doubledApostropheMarks_workAlike() {
        let listed = "Those who spend days ''fixing old boats'' and reading about ''certain kinds of rope,'' Dana Pike said, "
            + "end up in a fight that is ''far from real.''"
        #expect(speakers(listed) == ["Dana Pike", "Dana Pike", "Dana Pike"])
        let stepped = "The pier would carry ''a great deal of weight'' and bring the ''local firepower'' it needs, Dana Pike said."
        #expect(speakers(stepped) == ["Dana Pike", "Dana Pike"])
    }

    @Test func laterFragmentInDoubledApostrophes_sharesTheClaim() {
        let sentence = "Dana Pike's main claim is that the harbor board is a ''closed shop'' run to ''protect'' its members."
        #expect(speakers(sentence) == ["Dana Pike", "Dana Pike"])
    }
}
