import Testing
@testable import BylineExtraction

/// Session 13 (attrw): a capitalized `-ly` word opening a sentence before a participle is an
/// adverb (`Hastily politicizing the crash, ...`), not a name.
@Suite struct OpeningAdverbParticipleTests {
    @Test func lyWordBeforeAParticiple_isNoEntity() {
        let found = Recognized("Hastily politicizing the crash in Lyon, Tom Waller blamed his rivals and emphasized the threat.")
        #expect(found.named("Hastily") == nil)
        #expect(found.named("Tom Waller") != nil)
    }

    @Test func nameInLy_beforeAVerb_staysAName() {
        let found = Recognized("Kelly Ayotte spoke first. Kelly asked the crowd to vote.")
        #expect(found.named("Kelly Ayotte") != nil)
    }
}
