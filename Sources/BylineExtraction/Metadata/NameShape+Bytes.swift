/// `NameShape.of` read from UTF-8 bytes, for text `ScalarText.isSimple` accepts: the same
/// rules, without a `String` or an array per word.
extension NameShape {
    /// The word lists packed for byte lookups (`PackedWordSet`; every listed word is ASCII).
    static let packedParticles = PackedWordSet(particles)
    static let packedOrganizationWords = PackedWordSet(organizationWords)
    /// The words a role is made of: role words, particles, "and" and "of".
    static let packedRoleLike = PackedWordSet(roleWords.union(particles).union(["and", "of"]))

    /// One pass over the words, each trimmed of leading and trailing periods and commas;
    /// nothing is allocated. The rules are `of(_:)`'s, decided in the same order from what
    /// the pass gathered: more than six words, or none, is `.other`; all role-like words is
    /// `.role`; an acronym or organisation word is `.organization`; more than five words is
    /// `.other`; a word that is neither a particle nor capitalised letters (with `'’-.`) is
    /// `.other`; then two or more words are a person.
    static func of(simple bytes: UnsafeBufferPointer<UInt8>) -> NameShape {
        var count = 0
        var allRoleLike = true
        var anyOrganization = false
        var allNameLike = true
        for word in SpaceSeparatedWords(bytes) {
            var first = word.lowerBound
            var last = word.upperBound
            while first < last, bytes[first] == UInt8(ascii: ".") || bytes[first] == UInt8(ascii: ",") { first += 1 }
            while last > first, bytes[last - 1] == UInt8(ascii: ".") || bytes[last - 1] == UInt8(ascii: ",") { last -= 1 }
            guard first < last else { continue }
            count += 1
            if count > 6 { return .other }
            let trimmed = first..<last
            // The word lists are ASCII, and a simple word with other letters equals no ASCII
            // word (none of its scalars decomposes to ASCII): such a word is in none of them.
            let isASCII = ScalarText.isASCII(bytes, trimmed)
            let isParticle = isASCII && packedParticles.containsLowercased(bytes, trimmed)
            if allRoleLike, !(isASCII && packedRoleLike.containsLowercased(bytes, trimmed)) { allRoleLike = false }
            if !anyOrganization,
                OutletName.isAcronym(simple: bytes, trimmed)
                    || (isASCII && packedOrganizationWords.containsLowercased(bytes, trimmed))
            {
                anyOrganization = true
            }
            if allNameLike, !isParticle, !isNameWord(bytes, trimmed) { allNameLike = false }
        }
        guard count > 0 else { return .other }
        if allRoleLike { return .role }
        if anyOrganization { return .organization }
        guard count <= 5, allNameLike else { return .other }
        return count >= 2 ? .person : .organization
    }

    /// A capitalised word of letters and `'’-.`, holding a letter.
    static func isNameWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard ScalarText.isUppercase(at: word.lowerBound, in: bytes) else { return false }
        var hasLetter = false
        var index = word.lowerBound
        while index < word.upperBound {
            let (value, length) = ScalarText.scalar(at: index, in: bytes)
            if ScalarText.isLetter(at: index, in: bytes) {
                hasLetter = true
            } else if value != 0x27 && value != 0x2019 && value != 0x2D && value != 0x2E {  // ' ’ - .
                return false
            }
            index += length
        }
        return hasLetter
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
