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
    /// How many times `recent` has become `older`: an owner that keeps resources per
    /// generation (a body file) starts a new one when this changes.
    private(set) var rotations = 0

    init(maxEntries: Int, maxBytes: Int) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    /// The value kept for `key`; a hit in the older generation moves it to the recent one.
    mutating func value(for key: String) -> Value? {
        value(for: key, promoting: { _ in })
    }

    /// The same, letting the owner update a value as it moves to the recent generation.
    mutating func value(for key: String, promoting update: (inout Value) -> Void) -> Value? {
        if let entry = recent[key] { return entry.value }
        guard var entry = older.removeValue(forKey: key) else { return nil }
        update(&entry.value)
        insert(entry.value, for: key, cost: entry.cost)
        return entry.value
    }

    /// Keeps `value` unless the recent generation has one for `key` already or it alone
    /// exceeds the byte budget.
    mutating func store(_ value: Value, for key: String, cost: Int) {
        guard recent[key] == nil else { return }
        insert(value, for: key, cost: cost)
    }

    /// Replaces the value of an entry of the recent generation (same cost); no-op otherwise.
    mutating func replaceRecent(_ value: Value, for key: String) {
        guard let entry = recent[key] else { return }
        recent[key] = (value, entry.cost)
    }

    private mutating func insert(_ value: Value, for key: String, cost: Int) {
        guard cost <= maxBytes else { return }
        if recent.count >= maxEntries || recentBytes + cost > maxBytes {
            older = recent
            recent = [:]
            recentBytes = 0
            rotations += 1
        }
        recent[key] = (value, cost)
        recentBytes += cost
    }

    var count: Int { recent.count + older.count }

    /// Every value held, in no order (for accounting, without promoting anything).
    var values: [Value] { recent.values.map(\.value) + older.values.map(\.value) }
}
