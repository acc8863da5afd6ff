import Testing

@testable import BylineCorpus

/// Each issue's log text, as the load logs it (built from its pieces in one string).
@Suite struct LoadIssueTests {
    @Test func description_namesTheFileAndWhatWentWrong() {
        let path = "/corpus/ünïcode/a.txt"
        let expected: [(LoadIssue.Reason, String)] = [
            (.unreadable("Permission denied"), "\(path): skipped: cannot read: Permission denied"),
            (.empty, "\(path): skipped: empty"),
            (.notText, "\(path): skipped: not text"),
            (.tooLarge(bytes: 2_000_001, limit: 2_000_000), "\(path): skipped: 2000001 bytes, over the 2000000-byte limit"),
            (.noTitle, "\(path): skipped: no recognisable title"),
            (.decodedAsWindows1252, "\(path): not valid UTF-8, read as Windows-1252"),
            (
                .duplicateId(original: "harbour-reopens", assigned: "harbour-reopens-2"),
                "\(path): article id 'harbour-reopens' already taken, loaded as 'harbour-reopens-2'"
            ),
        ]
        for (reason, text) in expected {
            #expect(LoadIssue(path: path, reason: reason).description == text)
        }
    }
}
