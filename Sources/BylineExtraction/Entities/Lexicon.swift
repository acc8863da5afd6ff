import Foundation

/// The recognizer's word lists, read once from the package's `Resources` (built by
/// `scripts/build-gazetteers`, described in docs/entities.md) and shared by every article.
public struct Lexicon: Sendable {
    /// What CoNLL-2003 eng.train typed a surface form as, and how often.
    public struct TypeCounts: Sendable, Hashable {
        public var person = 0, organization = 0, location = 0, misc = 0
        public var total: Int { person + organization + location + misc }
    }

    public enum PlaceKind: String, Sendable { case country, city, region, continent }

    public var places: [String: PlaceKind] = [:] {
        didSet { indexNames() }
    }
    public var givenNames: [String: RecognizedEntity.Gender?] = [:]
    public var surfaces: [String: TypeCounts] = [:] {
        didSet { indexNames() }
    }
    public var commonWords: Set<String> = []
    /// Every single word any list knows, with what they know about it (`buildFacts`).
    public var facts: [String: WordFacts] = [:] {
        didSet { indexFacts() }
    }
    /// `facts` by word id, for the lookups by code units (`wordFacts`), kept in step with
    /// `facts` whenever it is set.
    var factsByID: [WordFacts] = []
    /// The id of every non-ASCII key of `facts` (compared as `String`s: canonically).
    var wordIDs: [String: Int32] = [:]
    /// The id of every ASCII key of `facts`, by code units.
    var wordTable = WordTable()
    /// `places`, `surfaces` and the metonyms by code units, for runs of tokens
    /// (`RecognitionContext.isKnownName`), kept in step with `places` and `surfaces`.
    var names = NameTable()
    /// Resources that could not be read (the recognizer still runs, with less evidence).
    public var problems: [String] = []

    public init() {}

    /// A lexicon with these places and surfaces, their name table built once (a property's
    /// observer does not run in its type's initializer; setting both rebuilt it twice).
    init(places: [String: PlaceKind], surfaces: [String: TypeCounts]) {
        self.places = places
        self.surfaces = surfaces
        indexNames()
    }

    /// Parsed once per process on first use.
    public static let shared: Lexicon = Lexicon.loadBundled()

    public func givenName(_ word: String) -> RecognizedEntity.Gender?? { givenNames[word] }
    public func isCommonWord(_ lowercased: String) -> Bool { commonWords.contains(lowercased) }
}
