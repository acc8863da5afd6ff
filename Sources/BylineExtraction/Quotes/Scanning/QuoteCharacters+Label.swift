extension QuoteCharacters {
    /// Whether the text at `start` is a transcript's speaker label: one to three words in
    /// capitals and a colon (`WALLACE:`, `MR. TRUMP:`), at most 30 units.
    static func opensWithSpeakerLabel(_ units: [UInt16], at start: Int, before end: Int) -> Bool {
        var index = start
        var letters = 0
        var spaces = 0
        while index < min(end, start + 30) {
            let c = units[index]
            if c == 0x3A { return letters >= 2 && spaces <= 2 }
            if c >= 0x41 && c <= 0x5A {
                letters += 1
            } else if c == 0x20 {
                // No label words after a space that follows nothing.
                guard letters > 0 else { return false }
                spaces += 1
            } else if c != 0x2E && c != 0x2D && c != 0x27 && c != 0x2019 {
                return false
            }
            index += 1
        }
        return false
    }
}
