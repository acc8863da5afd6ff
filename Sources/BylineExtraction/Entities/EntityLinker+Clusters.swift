extension EntityLinker {
    /// The clusters made so far and the tables that find them, so linking stays linear in
    /// mentions. Lists of clusters are threaded through arrays (a head and a tail per key, a
    /// next per cluster) instead of an array per key; the per-key and per-cluster links sit
    /// side by side in one array each, one allocation instead of three or four.
    struct Clusters {
        var all: [EntityCluster] = []
        /// By name id: the cluster of that name, or -1.
        var byName: [Int]
        /// By candidate: the member that joined its cluster after it; by cluster: the next
        /// cluster in its last-word and first-word lists (-1: none). Clusters are never more
        /// than candidates, so one array serves both.
        var next: [Next]
        /// By word id: the first and last person cluster whose last word (without a particle)
        /// or first word is that word; empty until the first person of two words or more.
        var byWord: [WordLists] = []
        /// Organisations and places of two words or more by their initials (`NPR`), first
        /// come first: a handful an article, searched in turn (a dictionary cost more to build).
        var byInitials: [(initials: InitialsKey, cluster: Int)] = []

        struct Next {
            var member = -1
            var byLast = -1
            var byFirst = -1
        }

        struct WordLists {
            var lastHead = -1, lastTail = -1
            var firstHead = -1, firstTail = -1
        }

        init(candidates: Int, names: Int) {
            all.reserveCapacity(candidates)
            byName = [Int](repeating: -1, count: names)
            next = [Next](repeating: Next(), count: candidates)
        }

        /// Adds candidate `position` to cluster `cluster`'s members.
        mutating func add(_ position: Int, to cluster: Int) {
            if all[cluster].lastMember >= 0 {
                next[all[cluster].lastMember].member = position
            } else {
                all[cluster].firstMember = position
            }
            all[cluster].lastMember = position
            all[cluster].memberCount += 1
        }

        /// Appends person cluster `cluster` to the list of those whose last word is `word`.
        mutating func appendByLast(_ cluster: Int, word: Int) {
            let tail = byWord[word].lastTail
            if tail >= 0 { next[tail].byLast = cluster } else { byWord[word].lastHead = cluster }
            byWord[word].lastTail = cluster
        }

        /// Appends person cluster `cluster` to the list of those whose first word is `word`.
        mutating func appendByFirst(_ cluster: Int, word: Int) {
            let tail = byWord[word].firstTail
            if tail >= 0 { next[tail].byFirst = cluster } else { byWord[word].firstHead = cluster }
            byWord[word].firstTail = cluster
        }

        /// Cluster `cluster`'s members in the order they joined, into `members` (a buffer the
        /// linker reuses for every cluster).
        func members(of cluster: Int, into members: inout [Int]) {
            members.removeAll(keepingCapacity: true)
            var member = all[cluster].firstMember
            while member >= 0 {
                members.append(member)
                member = next[member].member
            }
        }
    }
}
