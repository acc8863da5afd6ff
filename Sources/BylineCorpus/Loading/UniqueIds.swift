import BylineModel

/// Hands out unique ids: the wanted one, then `-2`, `-3` for later claims of the same one, so
/// the order of the claims decides (articles in load order, entities most mentioned first).
struct UniqueIds {
    /// Every id handed out (a set: `StringInterner` looks an ASCII id up by its bytes, where a
    /// `Set<String>` hashed every claim with SipHash after normalising it).
    private var used = StringInterner()
    /// Per base (by its index in `used`), the first suffix not yet found taken, 0 when none
    /// was tried yet: every lower one is in `used` (which only grows), so a claim starts
    /// there. A story reposted a hundred times would otherwise build and test every earlier
    /// suffix again for each copy (quadratic strings). An array by index, where a dictionary
    /// by base hashed the base's String twice per repeated claim.
    private var nextSuffix: [Int] = []

    /// `wanted`, or when it is empty the slug of `fallback`, or `empty` when that is empty too;
    /// suffixed until unused.
    mutating func claim(_ wanted: String, fallback: String, empty: String = "article") -> String {
        var base = wanted
        if base.isEmpty { base = Slug.make(fallback) }
        if base.isEmpty { base = empty }
        // Looked up and taken in one probe (`insert`): nearly every id claimed is new.
        let (held, isNew) = used.insert(base)
        if isNew { return base }
        let baseIndex = Int(held)
        if nextSuffix.count <= baseIndex { nextSuffix += repeatElement(0, count: baseIndex + 1 - nextSuffix.count) }
        var suffix = max(nextSuffix[baseIndex], 2)
        while true {
            let candidate = "\(base)-\(suffix)"
            if used.insert(candidate).isNew {
                nextSuffix[baseIndex] = suffix + 1
                return candidate
            }
            suffix += 1
        }
    }
}
