import BylineModel

/// Hands out unique ids: the wanted one, then `-2`, `-3` for later claims of the same one, so
/// the order of the claims decides (articles in load order, entities most mentioned first).
struct UniqueIds {
    /// Every id handed out (a set: `StringInterner` looks an ASCII id up by its bytes, where a
    /// `Set<String>` hashed every claim with SipHash after normalising it).
    private var used = StringInterner()
    /// Per base, the first suffix not yet found taken: every lower one is in `used` (which
    /// only grows), so a claim starts there. A story reposted a hundred times would otherwise
    /// build and test every earlier suffix again for each copy (quadratic strings).
    private var nextSuffix: [String: Int] = [:]

    /// `wanted`, or when it is empty the slug of `fallback`, or `empty` when that is empty too;
    /// suffixed until unused.
    mutating func claim(_ wanted: String, fallback: String, empty: String = "article") -> String {
        var base = wanted
        if base.isEmpty { base = Slug.make(fallback) }
        if base.isEmpty { base = empty }
        guard used.index(of: base) != nil else {
            _ = used.intern(base)
            return base
        }
        var suffix = nextSuffix[base] ?? 2
        var candidate = "\(base)-\(suffix)"
        while used.index(of: candidate) != nil {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        _ = used.intern(candidate)
        nextSuffix[base] = suffix + 1
        return candidate
    }
}
