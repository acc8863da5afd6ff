/// Entries bounded in count and bytes, kept in two generations instead of a linked list: hits
/// are served from `recent` or promoted from `older`; when `recent` fills its budget it becomes
/// `older` and the previous `older` is dropped. Every entry used within the last budget's worth
/// of insertions survives (an approximate LRU), and each operation is one or two dictionary
/// lookups. Not synchronised: the owning cache holds it in a lock.
struct Generations<Value> {
    private var recent: [String: (value: Value, cost: Int)] = [:]
    private var recentBytes = 0
    private var older: [String: (value: Value, cost: Int)] = [:]
    /// Per generation: at most this many entries and bytes (so at most twice in all).
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int, maxBytes: Int) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    /// The value kept for `key`; a hit in the older generation moves it to the recent one.
    mutating func value(for key: String) -> Value? {
        if let entry = recent[key] { return entry.value }
        guard let entry = older.removeValue(forKey: key) else { return nil }
        insert(entry.value, for: key, cost: entry.cost)
        return entry.value
    }

    /// Keeps `value` unless the recent generation has one for `key` already or it alone
    /// exceeds the byte budget.
    mutating func store(_ value: Value, for key: String, cost: Int) {
        guard recent[key] == nil else { return }
        insert(value, for: key, cost: cost)
    }

    private mutating func insert(_ value: Value, for key: String, cost: Int) {
        guard cost <= maxBytes else { return }
        if recent.count >= maxEntries || recentBytes + cost > maxBytes {
            older = recent
            recent = [:]
            recentBytes = 0
        }
        recent[key] = (value, cost)
        recentBytes += cost
    }

    var count: Int { recent.count + older.count }
}
