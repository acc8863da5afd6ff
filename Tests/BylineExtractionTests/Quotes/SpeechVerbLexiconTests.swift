import Testing
@testable import BylineExtraction

@Suite struct SpeechVerbLexiconTests {
    let lexicon = SpeechVerbLexicon.shared

    @Test func everyTenseOfSay_isFound() {
        for word in ["say", "says", "said", "saying"] { #expect(lexicon[word]?.lemma == "say") }
    }

    @Test func regularAndIrregularForms_areInflected() {
        #expect(lexicon["warned"]?.lemma == "warn")
        #expect(lexicon["warns"]?.lemma == "warn")
        #expect(lexicon["wrote"]?.lemma == "write")
        #expect(lexicon["written"]?.lemma == "write")
        #expect(lexicon["admitted"]?.lemma == "admit")
        #expect(lexicon["denies"]?.lemma == "deny")
        #expect(lexicon["testified"]?.lemma == "testify")
    }

    @Test func cognitionVerbs_areNotSpeech() {
        let believes = lexicon["believes"]
        #expect(believes?.traits.contains(.cognition) == true)
        #expect(believes?.traits.contains(.speech) == false)
    }

    @Test func ordinaryWords_areNotVerbsOfReporting() {
        #expect(lexicon["went"] == nil)
        #expect(lexicon["table"] == nil)
    }
}
