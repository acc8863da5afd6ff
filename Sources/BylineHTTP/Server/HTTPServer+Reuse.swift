extension HTTPServer {
    /// What the cache of reusable responses holds now (`HTTPServerConfiguration.Reuse`
    /// bounds it): entries and the bytes they account for; zero before `start`.
    public var reuseUsage: (entries: Int, bytes: Int) {
        state.withLock { $0.loops.first?.core.reuse.usage } ?? (0, 0)
    }
}
