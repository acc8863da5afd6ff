import Testing
@testable import BylineExtraction

/// A quoted paragraph with no cue between two quotations of one speaker is theirs (session 7).
@Suite struct BetweenQuotesTests {
    private func speakers(_ paragraphs: [String]) -> [String?] { QuoteTestSupport.directSpeakers(paragraphs) }

    @Test func cuelessParagraphBetweenOneSpeakersQuotations_isTheirs() {
        let found = speakers([
            "\"Not only can he win in November, he can win big,\" Tom Waller notes.",
            "Waller is upbeat about the senator's chances, in part because he sees him as a uniter.",
            "\"He may be the only one who unites the party.\"",
            "\"He is the one who can bring conservatives together,\" Waller notes.",
        ])
        #expect(found == ["Tom Waller", "Tom Waller", "Tom Waller"])
    }

    @Test func cuelessParagraphRightAfterTheFirstQuotation_isTheirs() {
        let found = speakers([
            "\"She lied to me,\" Dana Pike said.",
            "\"... they still just go on with their stories.\"",
            "\"There is a place for people like that,\" Pike said last week.",
        ])
        #expect(found == ["Dana Pike", "Dana Pike", "Dana Pike"])
    }

    @Test func twoDifferentSpeakersAround_nameNobody() {
        let found = speakers([
            "\"Not only can he win, he can win big,\" Tom Waller notes.",
            "Waller is upbeat about the senator's chances.",
            "\"He may be the only one who unites the party.\"",
            "\"He cannot win,\" Dana Pike said.",
        ])
        #expect(found == ["Tom Waller", nil, "Dana Pike"])
    }

    @Test func someoneElsesReportedWordsBetween_nameNobody() {
        let found = speakers([
            "\"Not only can he win, he can win big,\" Tom Waller notes.",
            "But Dana Pike said that the senator would lose the state by ten points.",
            "\"He may be the only one who unites the party.\"",
            "\"He is the one who can bring conservatives together,\" Waller notes.",
        ])
        #expect(found[1] != "Tom Waller")
    }

    @Test func reportersWordsAfterTheQuotation_nameNobody() {
        let found = speakers([
            "\"Not only can he win, he can win big,\" Tom Waller notes.",
            "Waller is upbeat about the senator's chances.",
            "\"Unity\" is the word the campaign uses most.",
            "\"He is the one who can bring conservatives together,\" Waller notes.",
        ])
        #expect(found == ["Tom Waller", nil, "Tom Waller"])
    }

    @Test func tooFarFromTheEarlierQuotation_namesNobody() {
        let found = speakers([
            "\"Not only can he win, he can win big,\" Tom Waller notes.",
            "Waller is upbeat about the senator's chances.",
            "The senator has raised more money than any rival.",
            "\"He may be the only one who unites the party.\"",
            "\"He is the one who can bring conservatives together,\" Waller notes.",
        ])
        #expect(found == ["Tom Waller", nil, "Tom Waller"])
    }
}
