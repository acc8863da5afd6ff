import BylineExtraction
import BylineModel

/// Per-article entities gathered by name, then merged where one group's name is an
/// unambiguous alias of exactly one other group of the same type ("Putin" -> "Vladimir Putin";
/// "Clinton" stays alone when both "Hillary Clinton" and "Bill Clinton" are known).
struct EntityGroups {
    /// Where a per-article entity sits: article index, entity index in that article.
    struct Member: Hashable {
        var article: Int
        var entity: Int
    }

    struct Group {
        var key: String
        var members: [Member] = []
        var typeWeights = TypeWeights()
        var aliasKeys: Set<String> = []

        var type: EntityType {
            EntityType.allCases.max { (typeWeights[$0], -rank($0)) < (typeWeights[$1], -rank($1)) }
                ?? .person
        }

        private func rank(_ type: EntityType) -> Int { EntityType.allCases.firstIndex(of: type) ?? 0 }
    }

    private(set) var groups: [Group] = []
    /// Group `i`'s key is string `i` (groups are made in the order their keys are first seen).
    private var keys = StringInterner()

    /// Adds every entity with a usable name (`key` and `aliasKeys` are `EntityKey`s of the
    /// name and aliases); returns, per article, each entity's group (or nil).
    mutating func add(_ articles: [[PreparedArticle.Entity]]) -> [[Int?]] {
        var result: [[Int?]] = []
        result.reserveCapacity(articles.count)
        for articleIndex in articles.indices {
            result.append(articles[articleIndex].indices.map { entityIndex in
                add(articles[articleIndex][entityIndex], member: Member(article: articleIndex, entity: entityIndex))
            })
        }
        return result
    }

    private mutating func add(_ entity: PreparedArticle.Entity, member: Member) -> Int? {
        let key = entity.key
        guard !key.isEmpty else { return nil }
        let group = Int(keys.intern(key))
        if group == groups.count { groups.append(Group(key: key)) }
        groups[group].members.append(member)
        groups[group].typeWeights[entity.type] += max(entity.mentions.count, 1)
        for aliasKey in entity.aliasKeys {
            if !aliasKey.isEmpty, aliasKey != key { groups[group].aliasKeys.insert(aliasKey) }
        }
        return group
    }

    /// The root group of every group after alias merging (a group is its own root when unmerged).
    func roots() -> [Int] {
        var targets: [String: Set<Int>] = [:]
        for (index, group) in groups.enumerated() {
            for alias in group.aliasKeys { targets[alias, default: []].insert(index) }
        }
        var parent = Array(groups.indices)
        func find(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        // Sorted keys make the merge order, and so the result, independent of load order.
        for index in groups.indices.sorted(by: { groups[$0].key < groups[$1].key }) {
            let candidates = (targets[groups[index].key] ?? []).subtracting([index])
            guard candidates.count == 1, let target = candidates.first,
                groups[target].type == groups[index].type
            else { continue }
            let (a, b) = (find(index), find(target))
            if a != b { parent[a] = b }
        }
        return groups.indices.map(find)
    }
}
