import CLinux
import Glibc

enum SystemInfo {
    /// CPUs this process may run on: under `taskset -c 1` that is 1 even on a 2-core
    /// machine, and more loops than CPUs only adds scheduler latency.
    static var activeProcessorCount: Int {
        var mask = [UInt64](repeating: 0, count: 16)
        let bytes = mask.withUnsafeMutableBytes { byline_sched_getaffinity($0.baseAddress, UInt($0.count)) }
        if bytes > 0 {
            let count = mask.reduce(0) { $0 + $1.nonzeroBitCount }
            if count > 0 { return count }
        }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
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
