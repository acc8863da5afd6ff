import Testing

@testable import BylineCorpus

/// `UniqueIds` claims with one interner look-up (`StringInterner.insert`); the ids handed out
/// are those of looking up and then interning.
@Suite struct UniqueIdsTests {
    @Test func claims_giveTheWantedId_thenSuffixes_inClaimOrder() {
        var ids = UniqueIds()
        let claimed = [
            ids.claim("harbour-report", fallback: "a.txt"),
            ids.claim("harbour-report", fallback: "b.txt"),
            ids.claim("harbour-report", fallback: "c.txt"),
            ids.claim("harbour-report-2", fallback: "d.txt"),
            ids.claim("harbour-report", fallback: "e.txt"),
            ids.claim("", fallback: "Quay Notes.txt"),
            ids.claim("", fallback: "Quay Notes.txt"),
            ids.claim("", fallback: "", empty: "entity"),
            ids.claim("", fallback: "", empty: "entity"),
        ]
        #expect(claimed == [
            "harbour-report", "harbour-report-2", "harbour-report-3", "harbour-report-2-2", "harbour-report-4",
            claimed[5], claimed[5] + "-2", "entity", "entity-2",
        ])
        #expect(!claimed[5].isEmpty)
    }

    @Test func aSuffixedIdClaimedEarlier_isSkipped() {
        var ids = UniqueIds()
        #expect(ids.claim("quay-2", fallback: "") == "quay-2")
        #expect(ids.claim("quay", fallback: "") == "quay")
        #expect(ids.claim("quay", fallback: "") == "quay-3")
    }
}
