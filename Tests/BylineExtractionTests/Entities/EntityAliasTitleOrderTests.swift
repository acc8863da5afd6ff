import BylineModel
import Testing

@testable import BylineExtraction

/// Session 12: an entity's aliases and titles are made after its members are read (at their
/// count, not appended one by one), and titles only for a person. They must still come once
/// each, in the order the text first gives them.
@Suite struct EntityAliasTitleOrderTests {
    @Test func titles_comeOnceEach_inFirstOrder() {
        let r = Recognized(
            "Senator Dana Hale met the envoy in Moscow.",
            "Then Mayor Dana Hale once worked in Dresden.",
            "Senator Dana Hale said the talks were useful.",
            "Hale left early, and Hale's aides stayed.")
        let hale = r.named("Dana Hale")
        #expect(hale?.type == .person)
        #expect(hale?.titles == ["Senator", "Mayor"])
        #expect(hale?.aliases == ["Hale"])
    }

    @Test func aliases_comeOnceEach_inFirstOrder() {
        let r = Recognized(
            "The United States and the United Nations met in Geneva.",
            "The U.S. said the U.N. had erred; the U.S. later agreed.")
        #expect(r.named("United States")?.aliases == ["U.S."])
        #expect(r.named("United States")?.titles == [])
    }
}
