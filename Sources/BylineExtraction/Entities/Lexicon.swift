import Foundation

/// The recognizer's word lists, read once from the package's `Resources` (built by
/// `scripts/build-gazetteers`, described in docs/entities.md) and shared by every article.
///
/// The lists live only in code-unit tables (`WordTable`, `NameTable`), not also as `String`
/// dictionaries: the lexicon stays resident for the life of the process, and a second copy
/// of every list counted against the memory target (docs/performance-memory.md). A `String`
/// is looked up by its code units in composed form (NFC), which is what `String` equality
/// compares, so the answers are the dictionaries' answers.
public struct Lexicon: Sendable {
    /// What CoNLL-2003 eng.train typed a surface form as, and how often.
    public struct TypeCounts: Sendable, Hashable {
        public var person = 0, organization = 0, location = 0, misc = 0
        public var total: Int { person + organization + location + misc }
    }

    public enum PlaceKind: String, Sendable { case country, city, region, continent }

    /// Every single word any list knows (`Lists.facts`), by code units, each with an id.
    var wordTable = WordTable()
    /// What the lists know about each word of `wordTable`, by id.
    var factsByID: [WordFacts] = []
    /// Whether each word of `wordTable`, by id, is on the common-word list as written.
    var isCommonByID: [Bool] = []
    /// The given-name list by word id (`GivenNames.genders`).
    var givenNameByID: [UInt8] = []
    /// Places, surfaces and the metonyms by code units, for runs of tokens
    /// (`RecognitionContext.isKnownName`) and for `String` names (`isKnownName`).
    var names = NameTable()
    /// Resources that could not be read (the recognizer still runs, with less evidence).
    public var problems: [String] = []

    /// A lexicon that knows no word.
    public init() {}

    /// A lexicon over these lists (with the hand-written cue lists of `Lists.facts`).
    /// The facts are merged straight into the word table (`Lists.forEachFact`), not first
    /// into a `String` dictionary as `Lists.facts()` does.
    public init(_ lists: Lists) {
        names = NameTable(places: lists.places, surfaces: lists.surfaces, metonyms: OrganizationCues.metonyms)
        var words = WordTable.Builder(capacity: lists.factCountEstimate)
        var facts: [WordFacts] = []
        facts.reserveCapacity(lists.factCountEstimate)
        lists.forEachFact { word, fact in
            let entry = words.insert(word)
            if entry == facts.count { facts.append(fact) } else { facts[entry].insert(fact) }
        }
        indexWords(words, facts, commonWords: lists.commonWords, givenNames: lists.givenNames)
    }

    /// A lexicon over these places and surfaces only.
    init(places: [String: PlaceKind], surfaces: [String: TypeCounts]) {
        self.init(Lists(places: places, surfaces: surfaces))
    }

    /// A lexicon whose words know exactly `facts` (tests give their own).
    init(_ lists: Lists = Lists(), facts: [String: WordFacts]) {
        names = NameTable(places: lists.places, surfaces: lists.surfaces, metonyms: OrganizationCues.metonyms)
        var words = WordTable.Builder(capacity: facts.count)
        var byID: [WordFacts] = []
        byID.reserveCapacity(facts.count)
        for (word, fact) in facts {
            let entry = words.insert(word)
            if entry == byID.count { byID.append(fact) } else { byID[entry].insert(fact) }
        }
        indexWords(words, byID, commonWords: lists.commonWords, givenNames: lists.givenNames)
    }

    /// Parsed once per process on first use.
    public static let shared: Lexicon = Lexicon.loadBundled()

    public func isCommonWord(_ lowercased: String) -> Bool {
        guard let id = wordID(lowercased) else { return false }
        return isCommonByID[Int(id)]
    }
}
