/// One token of an article's text: a word, a number, a punctuation mark or a symbol (emoji),
/// with its UTF-16 span into `ArticleText` and the shape facts the extractors ask about often.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters, with inner hyphens and apostrophes (`al-Assad`, `O'Brien`), dotted
        /// abbreviations (`U.S.`, `J.R.R.`, `Mr.`), and the possessive clitic `'s` on its own.
        case word
        /// Starts with a digit: `1,000`, `3.5`, `1996-08-30`, `1990s`.
        case number
        /// Quotes, brackets, sentence marks, dashes, an ellipsis (`...` or `…`).
        case punctuation
        /// Anything else: emoji (with their modifiers and joiners), currency and math signs.
        case symbol
    }

    /// Shape facts computed once while tokenizing, so callers do not re-scan the text.
    public struct Shape: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The first letter is upper case (`Putin`, `U.S.`, `ÉCOLE`).
        public static let capitalized = Shape(rawValue: 1 << 0)
        /// Has letters and none of them is lower case (`NPR`, `U.S.`, `LONDON`).
        public static let allCaps = Shape(rawValue: 1 << 1)
        /// Contains a lower-case letter.
        public static let hasLower = Shape(rawValue: 1 << 2)
        /// Contains a digit.
        public static let hasDigit = Shape(rawValue: 1 << 3)
        /// Ends with a period that belongs to it (`Mr.`, `U.S.`, `J.`).
        public static let endsWithPeriod = Shape(rawValue: 1 << 4)
        /// The possessive clitic: `'s`, `’s`, `'S`.
        public static let possessive = Shape(rawValue: 1 << 5)
        /// Contains a hyphen joining two parts (`Jean-Claude`, `al-Assad`).
        public static let hyphenated = Shape(rawValue: 1 << 6)
    }

    // Stored in this order so the two one-byte fields share the last word: 40 bytes a token
    // rather than 48 (every extractor walks the token array many times).
    public let span: TextSpan
    public let text: String
    public let kind: Kind
    public let shape: Shape

    public init(kind: Kind, span: TextSpan, text: String, shape: Shape) {
        self.kind = kind
        self.span = span
        self.text = text
        self.shape = shape
    }

    public var isWord: Bool { kind == .word }
    public var isCapitalized: Bool { shape.contains(.capitalized) }
    public var isAllCaps: Bool { shape.contains(.allCaps) }
    public var isPossessive: Bool { shape.contains(.possessive) }
    public var endsWithPeriod: Bool { shape.contains(.endsWithPeriod) }
    /// A word starting with a lower-case letter (`said`, `al-Assad`, `de`).
    public var isLowercaseWord: Bool { kind == .word && !isCapitalized && shape.contains(.hasLower) }
}
