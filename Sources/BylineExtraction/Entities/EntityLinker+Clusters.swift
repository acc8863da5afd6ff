extension EntityLinker {
    /// The clusters made so far and the tables that find them, so linking stays linear in
    /// mentions. Lists of clusters are threaded through arrays (a head and a tail per key, a
    /// next per cluster) instead of an array per key.
    struct Clusters {
        var all: [EntityCluster] = []
        /// By name id: the cluster of that name, or -1.
        var byName: [Int]
        /// By candidate: the member that joined its cluster after it, or -1.
        var nextMember: [Int]
        /// By word id: the first and last person cluster whose last word (without a particle)
        /// is that word; empty until the first person of two words or more.
        var lastHead: [Int] = [], lastTail: [Int] = []
        /// The same by first word.
        var firstHead: [Int] = [], firstTail: [Int] = []
        /// By cluster: the next cluster in its last-word and first-word lists, or -1.
        var nextByLast: [Int] = [], nextByFirst: [Int] = []
        /// Organisations and places of two words or more by their initials (`NPR`), first
        /// come first: a handful an article, searched in turn (a dictionary cost more to build).
        var byInitials: [(initials: InitialsKey, cluster: Int)] = []

        init(candidates: Int, names: Int) {
            all.reserveCapacity(candidates)
            byName = [Int](repeating: -1, count: names)
            nextMember = [Int](repeating: -1, count: candidates)
        }

        /// Adds candidate `position` to cluster `cluster`'s members.
        mutating func add(_ position: Int, to cluster: Int) {
            if all[cluster].lastMember >= 0 {
                nextMember[all[cluster].lastMember] = position
            } else {
                all[cluster].firstMember = position
            }
            all[cluster].lastMember = position
            all[cluster].memberCount += 1
        }

        /// Cluster `cluster`'s members in the order they joined.
        func members(of cluster: Int) -> [Int] {
            var members: [Int] = []
            members.reserveCapacity(all[cluster].memberCount)
            var member = all[cluster].firstMember
            while member >= 0 {
                members.append(member)
                member = nextMember[member]
            }
            return members
        }
    }
}
