import CLinux
import Glibc

/// epoll(7) and eventfd(2), wrapped once. Level-triggered: a socket stays reported while it
/// is readable (or writable, when asked), which keeps the connection code simple.
struct Epoll: ~Copyable {
    let fd: Int32
    /// Written to from other threads to wake `wait`.
    let wakeFD: Int32

    struct Interest: OptionSet, Sendable {
        let rawValue: UInt32
        static let read = Interest(rawValue: EPOLLIN.rawValue)
        static let write = Interest(rawValue: EPOLLOUT.rawValue)
    }

    init() throws(SocketError) {
        let epollFD = try SystemCall.retrying("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
        let wake = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wake >= 0 else {
            let code = errno
            SystemCall.close(epollFD)
            throw SocketError("eventfd", errno: code)
        }
        var event = epoll_event()
        event.events = EPOLLIN.rawValue
        event.data.fd = wake
        guard epoll_ctl(epollFD, EPOLL_CTL_ADD, wake, &event) == 0 else {
            let code = errno
            SystemCall.close(wake)
            SystemCall.close(epollFD)
            throw SocketError("epoll_ctl", errno: code)
        }
        fd = epollFD
        wakeFD = wake
    }

    deinit {
        SystemCall.close(wakeFD)
        SystemCall.close(fd)
    }

    func add(_ socket: Int32, interest: Interest) throws(SocketError) {
        try control(EPOLL_CTL_ADD, socket, interest)
    }

    func modify(_ socket: Int32, interest: Interest) throws(SocketError) {
        try control(EPOLL_CTL_MOD, socket, interest)
    }

    func remove(_ socket: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(fd, EPOLL_CTL_DEL, socket, &event)
    }

    private func control(_ operation: Int32, _ socket: Int32, _ interest: Interest) throws(SocketError) {
        var event = epoll_event()
        event.events = interest.rawValue
        event.data.fd = socket
        guard epoll_ctl(fd, operation, socket, &event) == 0 else {
            throw SocketError("epoll_ctl", errno: errno)
        }
    }

    /// Waits up to `timeoutMilliseconds` for events; EINTR counts as no events.
    func wait(into events: UnsafeMutableBufferPointer<epoll_event>, timeoutMilliseconds: Int32) -> Int {
        let count = epoll_wait(fd, events.baseAddress, Int32(events.count), timeoutMilliseconds)
        return max(0, Int(count))
    }

    /// Wakes a thread blocked in `wait`, from any thread.
    func wake() {
        var one: UInt64 = 1
        _ = Glibc.write(wakeFD, &one, MemoryLayout<UInt64>.size)
    }

    /// Clears the wake-up counter.
    func drainWake() {
        var value: UInt64 = 0
        _ = Glibc.read(wakeFD, &value, MemoryLayout<UInt64>.size)
    }
}
