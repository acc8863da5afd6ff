/// `FooterText`'s label rule read from the bytes of simple text (`ScalarText`).
extension FooterText {
    static let minorWords: Set<String> = ["and", "of", "the", "in", "on", "for", "&", "a", "to"]

    static func isSimpleLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = wordCount(bytes)
        guard (1...5).contains(words), !NavigationLine.endsSentence(bytes) else { return false }
        // At most 60 characters (scalars, in simple text), no digit or other number.
        var scalars = 0
        var index = 0
        while index < bytes.count {
            if ScalarText.isNumber(at: index, in: bytes) { return false }
            index += ScalarText.scalar(at: index, in: bytes).length
            scalars += 1
        }
        guard scalars <= 60 else { return false }
        // Every word capitalised or a minor word.
        for word in SpaceSeparatedWords(bytes) {
            guard ScalarText.isUppercase(at: word.lowerBound, in: bytes) || minorWords.contains(ScalarText.string(bytes, word))
            else { return false }
        }
        return true
    }
}
