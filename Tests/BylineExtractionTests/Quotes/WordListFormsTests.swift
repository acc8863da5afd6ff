import Testing
@testable import BylineExtraction

/// The rule word lists built from lemmas and shared stop words hold every form they listed
/// word by word before, irregular ones included, and nothing the regular inflection would
/// get wrong for the doubled consonants.
@Suite struct WordListFormsTests {
    @Test func judgingVerbs_holdRegularAndIrregularForms() {
        for word in ["accuse", "accused", "criticises", "criticizing", "chided", "thanks", "slammed", "slamming", "rips", "ripped", "hailing"] {
            #expect(JudgedActWords.judgingVerbs.contains(word), "\(word)")
        }
        for word in ["slamed", "riped", "slaming", "say"] { #expect(!JudgedActWords.judgingVerbs.contains(word), "\(word)") }
    }

    @Test func presentingVerbs_takeTheStrongFormsOfSell() {
        for word in ["billed", "pitches", "identifies", "identified", "sold", "selling", "declaring"] {
            #expect(SelfDescriptionWords.presentingVerbs.contains(word), "\(word)")
        }
        #expect(!SelfDescriptionWords.presentingVerbs.contains("selled"))
    }

    @Test func expressingVerbs_allForms() {
        for word in ["express", "expresses", "voiced", "conveying", "reiterated"] {
            #expect(StanceClauseWords.expressingVerbs.contains(word), "\(word)")
        }
    }

    @Test func stopWords_sharedCoreAndEachRulesOwn() {
        for stops in [JudgedActWords.stops, PhrasalStanceWords.stops, StanceClauseWords.stops, RelativePredicateWords.stops] {
            for word in ["and", "that", "whose", "because", "is", "been", "would", "not"] { #expect(stops.contains(word), "\(word)") }
        }
        #expect(JudgedActWords.stops.contains("than") && JudgedActWords.stops.contains("must") && !JudgedActWords.stops.contains("as"))
        #expect(PhrasalStanceWords.stops.contains("as") && PhrasalStanceWords.stops.contains("than"))
        #expect(StanceClauseWords.stops.contains("although") && !StanceClauseWords.stops.contains("than"))
        #expect(RelativePredicateWords.stops.contains("said") && !RelativePredicateWords.stops.contains("could"))
    }
}
