import BylineExtraction
import BylineModel
import BylineTestSupport
import Testing

@testable import BylineCorpus

/// `EntityGroups` numbers names once and works with numbers; the groups and merges are those
/// of grouping by `EntityKey` strings directly (the way it was first written, kept here).
@Suite struct EntityGroupsTests {
    /// Groups by key strings: per article each entity's group, and each group's root.
    static func reference(_ articles: [[PreparedArticle.Entity]]) -> (groups: [[Int?]], roots: [Int]) {
        var keys: [String] = []
        var groupOfKey: [String: Int] = [:]
        var weights: [TypeWeights] = []
        var aliases: [Set<String>] = []
        let groups = articles.map { entities in
            entities.map { entity -> Int? in
                let key = EntityKey.of(entity.name)
                guard !key.isEmpty else { return nil }
                let group = groupOfKey[key] ?? keys.count
                if group == keys.count {
                    groupOfKey[key] = group
                    keys.append(key)
                    weights.append(TypeWeights())
                    aliases.append([])
                }
                weights[group][entity.type] += max(entity.mentions.count, 1)
                for alias in entity.aliases.map(EntityKey.of) where !alias.isEmpty && alias != key {
                    aliases[group].insert(alias)
                }
                return group
            }
        }
        func type(_ group: Int) -> EntityType {
            let rank = { (type: EntityType) in EntityType.allCases.firstIndex(of: type) ?? 0 }
            return EntityType.allCases.max { (weights[group][$0], -rank($0)) < (weights[group][$1], -rank($1)) } ?? .person
        }
        var targets: [String: Set<Int>] = [:]
        for (group, names) in aliases.enumerated() {
            for alias in names { targets[alias, default: []].insert(group) }
        }
        var parent = Array(keys.indices)
        func find(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        for index in keys.indices.sorted(by: { keys[$0] < keys[$1] }) {
            let candidates = (targets[keys[index]] ?? []).subtracting([index])
            guard candidates.count == 1, let target = candidates.first, type(target) == type(index) else { continue }
            let (a, b) = (find(index), find(target))
            if a != b { parent[a] = b }
        }
        return (groups, keys.indices.map(find))
    }

    @Test func groupsAndRoots_areThoseOfGroupingByKeyStrings() {
        // Names that share keys ("U.S."/"US"), spellings with other bytes for one key
        // ("José" composed and not), aliases of several groups ("Clinton"), keyless names.
        let names = [
            "Vladimir Putin", "Putin", "PUTIN", "U.S.", "US", "United States", "Jos\u{E9} Díaz",
            "Jose\u{301} Díaz", "Díaz", "Hillary Clinton", "Bill Clinton", "Clinton", "NATO", "--",
            "Łódź", "Lodz", "\u{212A}elvin Ortiz", "Kelvin Ortiz", "Ortiz", "Washington", "George Washington",
        ]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<20 {
            let articles = (0..<30).map { _ in
                (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                    let name = names[Int.random(in: 0..<names.count, using: &generator)]
                    let aliases = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
                        names[Int.random(in: 0..<names.count, using: &generator)]
                    }
                    let type = EntityType.allCases[Int.random(in: 0..<3, using: &generator)]
                    let count = Int.random(in: 0...3, using: &generator)
                    return PreparedArticle.Entity(
                        name: name, type: type, aliases: aliases, titles: [],
                        mentions: (0..<count).map { (TextSpan(start: $0, end: $0 + 1), "x") })
                }
            }
            var groups = EntityGroups()
            let groupOf = groups.add(articles)
            let expected = Self.reference(articles)
            #expect(groupOf == expected.groups)
            #expect(groups.roots() == expected.roots)
        }
    }
}

extension EntityGroupsTests {
    /// A group's alias keys are a list without repeats: an alias said in every article still
    /// names one target, so the alias group merges into it (and only it).
    @Test func anAliasRepeatedInEveryArticle_mergesItsGroupOnce() {
        let full = PreparedArticle.Entity(
            name: "Lena Okafor", type: .person, aliases: ["Okafor", "Okafor", "L. Okafor"], titles: [],
            mentions: [(TextSpan(start: 0, end: 11), "Lena Okafor")])
        let short = PreparedArticle.Entity(
            name: "Okafor", type: .person, aliases: [], titles: [], mentions: [(TextSpan(start: 3, end: 9), "Okafor")])
        let articles = [[full], [full, short], [full], [short]]
        var groups = EntityGroups()
        let groupOf = groups.add(articles)
        #expect(groupOf == Self.reference(articles).groups)
        let roots = groups.roots()
        #expect(roots == Self.reference(articles).roots)
        #expect(Set(roots).count == 1)
    }
}
