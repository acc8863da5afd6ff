/// `NameShape.of` read from UTF-8 bytes, for text `ScalarText.isSimple` accepts: the same
/// rules, without a `String` per word but for the lowercased ones the word lists need.
extension NameShape {
    static func of(simple bytes: UnsafeBufferPointer<UInt8>) -> NameShape {
        var words: [Range<Int>] = []
        for word in SpaceSeparatedWords(bytes) {
            // Each word without its leading and trailing periods and commas.
            var first = word.lowerBound
            var last = word.upperBound
            while first < last, bytes[first] == UInt8(ascii: ".") || bytes[first] == UInt8(ascii: ",") { first += 1 }
            while last > first, bytes[last - 1] == UInt8(ascii: ".") || bytes[last - 1] == UInt8(ascii: ",") { last -= 1 }
            if first < last {
                words.append(first..<last)
                if words.count > 6 { return .other }
            }
        }
        guard !words.isEmpty else { return .other }
        // The word lists are ASCII, and a simple word with other letters equals no ASCII
        // word (none of its scalars decomposes to ASCII): such a word is looked up in none,
        // which spares hashing it (a non-ASCII string hashes through its NFC form).
        let lower = words.map { word -> String? in
            ScalarText.isASCII(bytes, word) ? NavigationLine.lowercased(bytes, word) : nil
        }
        func listed(_ word: String?, _ list: Set<String>) -> Bool { word.map(list.contains) ?? false }
        if lower.allSatisfy({ listed($0, roleWords) || listed($0, particles) || $0 == "and" || $0 == "of" }) {
            return .role
        }
        if words.contains(where: { OutletName.isAcronym(simple: bytes, $0) }) || lower.contains(where: { listed($0, organizationWords) }) {
            return .organization
        }
        guard words.count <= 5 else { return .other }
        for (word, lowered) in zip(words, lower) where !listed(lowered, particles) {
            guard ScalarText.isUppercase(at: word.lowerBound, in: bytes) else { return .other }
            var hasLetter = false
            var index = word.lowerBound
            while index < word.upperBound {
                let (value, length) = ScalarText.scalar(at: index, in: bytes)
                if ScalarText.isLetter(at: index, in: bytes) {
                    hasLetter = true
                } else if value != 0x27 && value != 0x2019 && value != 0x2D && value != 0x2E {  // ' ’ - .
                    return .other
                }
                index += length
            }
            guard hasLetter else { return .other }
        }
        return words.count >= 2 ? .person : .organization
    }
}

extension OutletName {
    /// `isAcronym` of a word of simple text.
    static func isAcronym(simple bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var letters = 0
        var index = word.lowerBound
        while index < word.upperBound {
            let (value, length) = ScalarText.scalar(at: index, in: bytes)
            if value != 0x2E && value != 0x26 {  // "." and "&" do not count
                guard ScalarText.isUppercase(at: index, in: bytes), ScalarText.isLetter(at: index, in: bytes) else {
                    return false
                }
                letters += 1
            }
            index += length
        }
        return (2...6).contains(letters)
    }
}
