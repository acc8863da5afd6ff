import Glibc

/// The open-file limit (RLIMIT_NOFILE), raised at start so the configured connection maximum
/// is reachable: the usual soft default of 1024 would cap a server far below 10,000 clients.
enum FileDescriptorLimit {
    /// Raises the soft limit to at least `wanted` (bounded by the hard limit) and returns the
    /// soft limit now in force.
    static func raise(to wanted: Int) throws(SocketError) -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else {
            throw SocketError("getrlimit", errno: errno)
        }
        let target = rlim_t(max(0, wanted))
        if limit.rlim_cur < target {
            limit.rlim_cur = min(target, limit.rlim_max)
            guard setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else {
                throw SocketError("setrlimit", errno: errno)
            }
        }
        return Int(clamping: limit.rlim_cur)
    }
}
