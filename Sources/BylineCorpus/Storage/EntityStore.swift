import BylineModel

/// The corpus's entities without a heap object per string: ids in an `IdTable` (position by
/// id), each entity's name, aliases, titles and folded keys back to back in one `StringTable`,
/// types and counts in columns; `Entity` values are made when asked for. Kept as values, a
/// thousand entities were about ten thousand small strings and arrays, made at the end of a
/// load in whatever holes its freed temporaries left: they pinned about 10 MB of heap pages
/// for a few hundred kilobytes (docs/ingestion.md, "Where the memory goes").
struct EntityStore: Sendable {
    let ids: IdTable
    /// Entity `i`: name, then `aliasCounts[i]` aliases, `titleCounts[i]` titles, and the
    /// folded keys of the name and of each alias, from `starts[i]`.
    private let strings: StringTable
    private let starts: [Int32]
    private let aliasCounts: [Int32]
    private let titleCounts: [Int32]
    let types: [EntityType]
    let mentionCounts: [Int32]
    let articleCounts: [Int32]

    init(_ entities: [Entity]) {
        self.init(entities, nameKeys: entities.map { EntityKey.of($0.name) })
    }

    /// `nameKeys[i]`: `EntityKey.of` entity `i`'s name, worked out once by the caller (the
    /// snapshot build sorts by it too).
    init(_ entities: [Entity], nameKeys: [String]) {
        precondition(nameKeys.count == entities.count, "a name key per entity")
        var strings = StringTable()
        var starts: [Int32] = []
        starts.reserveCapacity(entities.count)
        for (index, entity) in entities.enumerated() {
            starts.append(Int32(strings.count))
            _ = strings.append(entity.name)
            for alias in entity.aliases { _ = strings.append(alias) }
            for title in entity.titles { _ = strings.append(title) }
            // The name's key, then each alias's (no array of the name and aliases made).
            _ = strings.append(nameKeys[index])
            for alias in entity.aliases { _ = strings.append(EntityKey.of(alias)) }
        }
        strings.shrink()
        ids = IdTable(entities.map(\.id))
        self.strings = strings
        self.starts = starts
        aliasCounts = entities.map { Int32($0.aliases.count) }
        titleCounts = entities.map { Int32($0.titles.count) }
        types = entities.map(\.type)
        mentionCounts = entities.map { Int32(clamping: $0.mentionCount) }
        articleCounts = entities.map { Int32(clamping: $0.articleCount) }
    }

    var count: Int { starts.count }
    var indices: Range<Int> { 0..<count }

    /// The entity's position, by id.
    func index(of id: String) -> Int? { ids[id] }

    func id(_ index: Int) -> String { ids[index] }
    func name(_ index: Int) -> String { strings[starts[index]] }

    /// Folded name and aliases, for prefix and speaker-name matches.
    func keys(_ index: Int) -> [String] {
        let first = starts[index] + 1 + aliasCounts[index] + titleCounts[index]
        return (first..<(first + 1 + aliasCounts[index])).map { strings[$0] }
    }

    /// The entity as a value, without mentions.
    subscript(index: Int) -> Entity {
        let aliases = starts[index] + 1
        let titles = aliases + aliasCounts[index]
        return Entity(
            id: ids[index], name: strings[starts[index]], type: types[index],
            aliases: (aliases..<titles).map { strings[$0] },
            titles: (titles..<(titles + titleCounts[index])).map { strings[$0] },
            mentionCount: Int(mentionCounts[index]), articleCount: Int(articleCounts[index]))
    }

    var footprint: Int {
        ids.footprint + strings.footprint
            + [starts, aliasCounts, titleCounts, mentionCounts, articleCounts].reduce(0) { $0 + Footprint.array($1) }
            + Footprint.array(types)
    }
}
