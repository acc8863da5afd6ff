import Glibc

enum SystemInfo {
    /// Online CPUs, as SwiftNIO counts them for its default event loop group. Deliberately not
    /// the affinity mask: under `taskset -c 1` on a busy machine the scheduler shares a CPU
    /// per thread, and measured here one loop got half the CPU share of NIO's two threads and
    /// a third worse p99; two loops on one CPU doubled throughput.
    static var activeProcessorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Monotonic nanoseconds, for deadlines and durations.
    static func monotonicNanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
    }
}

extension Duration {
    /// Whole nanoseconds, saturating; negative durations count as zero.
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        let (whole, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return .max }
        return whole &+ UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
