import BylineExtraction
import BylineModel

/// Per-article entities gathered by name, then merged where one group's name is an
/// unambiguous alias of exactly one other group of the same type ("Putin" -> "Vladimir Putin";
/// "Clinton" stays alone when both "Hillary Clinton" and "Bill Clinton" are known).
///
/// Names become numbers once: each distinct spelling (by its bytes) is keyed (`EntityKey`)
/// the first time it comes, and its key interned; every later occurrence of it in the corpus
/// is a look-up by bytes. Groups and their aliases are then numbers too.
struct EntityGroups {
    struct Group {
        var key: String
        /// The key's number in `keys`.
        var keyNumber: Int32
        var typeWeights = TypeWeights()
        /// Numbers (in `keys`) of the keys of the group's aliases, its own key left out, each
        /// once, in the order first seen. A list: a group has a handful, and a `Set` hashed
        /// (SipHash) every alias of every entity of a load on the linking's core. Only which
        /// keys are held matters (`roots` reads them into lists ordered by group).
        var aliasKeys: [Int32] = []

        var type: EntityType {
            EntityType.allCases.max { (typeWeights[$0], -rank($0)) < (typeWeights[$1], -rank($1)) }
                ?? .person
        }

        private func rank(_ type: EntityType) -> Int { EntityType.allCases.firstIndex(of: type) ?? 0 }
    }

    private(set) var groups: [Group] = []
    /// Keys of names and aliases, equal as Swift compares strings (canonical equivalence).
    private var keys = StringInterner()
    /// By key number: the group with that key, or -1 (a key seen only as an alias so far).
    private var groupOfKey: [Int] = []
    /// Names and aliases by their bytes, and by their number there, their key's number (-1
    /// for a name without a key: no letter or digit).
    private var names = ByteStrings()
    private var keyOfName: [Int32] = []

    /// Adds every entity with a usable name; returns, per article, each entity's group (or nil).
    mutating func add(_ articles: [[PreparedArticle.Entity]]) -> [[Int?]] {
        var result: [[Int?]] = []
        result.reserveCapacity(articles.count)
        for articleIndex in articles.indices {
            // Through a buffer: an entity read from the nested arrays was copied, retaining
            // its references only to release them again.
            result.append(articles[articleIndex].withUnsafeBufferPointer { entities in
                entities.indices.map { add(entities[$0]) }
            })
        }
        return result
    }

    private mutating func add(_ entity: borrowing PreparedArticle.Entity) -> Int? {
        let key = keyNumber(of: entity.name)
        guard key >= 0 else { return nil }
        var group = groupOfKey[Int(key)]
        if group < 0 {
            group = groups.count
            groupOfKey[Int(key)] = group
            groups.append(Group(key: keys.table[key], keyNumber: key))
        }
        groups[group].typeWeights[entity.type] += max(entity.mentions.count, 1)
        for alias in entity.aliases {
            let aliasKey = keyNumber(of: alias)
            if aliasKey >= 0, aliasKey != key, !groups[group].aliasKeys.contains(aliasKey) {
                groups[group].aliasKeys.append(aliasKey)
            }
        }
        return group
    }

    /// The number of `name`'s key, -1 when it has none.
    private mutating func keyNumber(of name: String) -> Int32 {
        let (number, isNew) = names.number(of: name)
        guard isNew else { return keyOfName[number] }
        let key = EntityKey.of(name)
        var keyNumber: Int32 = -1
        if !key.isEmpty {
            keyNumber = keys.intern(key)
            if Int(keyNumber) == groupOfKey.count { groupOfKey.append(-1) }
        }
        keyOfName.append(keyNumber)
        return keyNumber
    }

    /// The root group of every group after alias merging (a group is its own root when unmerged).
    func roots() -> [Int] {
        // By key number: the groups having that key as an alias, ascending.
        var targets = [[Int]](repeating: [], count: groupOfKey.count)
        for (index, group) in groups.enumerated() {
            for alias in group.aliasKeys { targets[Int(alias)].append(index) }
        }
        var parent = Array(groups.indices)
        func find(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        // Sorted keys make the merge order, and so the result, independent of load order.
        for index in groups.indices.sorted(by: { groups[$0].key < groups[$1].key }) {
            let candidates = targets[Int(groups[index].keyNumber)].filter { $0 != index }
            guard candidates.count == 1, let target = candidates.first,
                groups[target].type == groups[index].type
            else { continue }
            let (a, b) = (find(index), find(target))
            if a != b { parent[a] = b }
        }
        return groups.indices.map(find)
    }
}
