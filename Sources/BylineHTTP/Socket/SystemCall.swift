
import Glibc




/// Every syscall the engine makes, wrapped once: EINTR is retried, failures become
/// `SocketError`, and "would block" is a value rather than an error.
enum SystemCall {
    enum IOResult: Equatable {
        case processed(Int)
        case wouldBlock
    }

    static func retrying<T: BinaryInteger>(_ name: String, _ call: () -> T) throws(SocketError) -> T {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = errno
            if code == EINTR { continue }
            throw SocketError(name, errno: code)
        }
    }

    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SocketError) -> IOResult {
        while true {
            let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if count >= 0 { return .processed(count) }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { return .wouldBlock }
            throw SocketError("read", errno: code)
        }
    }

    /// `send` with MSG_NOSIGNAL: a peer that reset the connection yields EPIPE, never SIGPIPE.
    static func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SocketError) -> IOResult {
        while true {
            let count = Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
            if count >= 0 { return .processed(count) }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { return .wouldBlock }
            throw SocketError("send", errno: code)
        }
    }

    /// Several buffers in one `sendmsg` (a writev that takes MSG_NOSIGNAL): a response's head
    /// and the pieces of its body leave together without being copied into one buffer first.
    static func send(_ fd: Int32, vectors: UnsafeBufferPointer<iovec>) throws(SocketError) -> IOResult {
        var message = msghdr()
        message.msg_iov = UnsafeMutablePointer(mutating: vectors.baseAddress)
        message.msg_iovlen = vectors.count
        while true {
            let count = sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
            if count >= 0 { return .processed(count) }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { return .wouldBlock }
            throw SocketError("sendmsg", errno: code)
        }
    }

    /// Accepts one connection and makes it non-blocking and close-on-exec; `nil` when none
    /// is pending. (Glibc's module map hides `accept4`, which would save the two fcntl calls.)
    static func accept(_ fd: Int32) throws(SocketError) -> Int32? {
        while true {
            let client = Glibc.accept(fd, nil, nil)
            if client >= 0 {
                let flags = fcntl(client, F_GETFL)
                guard flags >= 0, fcntl(client, F_SETFL, flags | O_NONBLOCK) == 0 else {
                    let code = errno
                    Glibc.close(client)
                    throw SocketError("fcntl", errno: code)
                }
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                return client
            }
            let code = errno
            switch code {
            case EINTR: continue
            // A connection that was reset while queued is not our failure: try the next one.
            case ECONNABORTED, EPROTO: continue
            case EAGAIN, EWOULDBLOCK: return nil
            default: throw SocketError("accept", errno: code)
            }
        }
    }

    static func setOption(_ fd: Int32, level: Int32, name: Int32, value: Int32) throws(SocketError) {
        var value = value
        _ = try retrying("setsockopt") {
            setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    /// Closing is not retried on EINTR: on Linux the descriptor is gone either way.
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    /// Writes never raise SIGPIPE thanks to MSG_NOSIGNAL; ignoring the signal as well covers
    /// any write a dependency makes.
    static func ignoreSIGPIPE() {
        _ = signal(SIGPIPE, SIG_IGN)
    }
}
