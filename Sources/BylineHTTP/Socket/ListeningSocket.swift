import Glibc

/// A bound, listening, non-blocking TCP socket. The server owns its descriptor and closes it
/// when the listener source is cancelled.
struct ListeningSocket {
    let fd: Int32
    let address: SocketAddress

    init(address requested: SocketAddress, backlog: Int) throws(SocketError) {
        let domain = requested.family == .ipv4 ? AF_INET : AF_INET6
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let fd = try SystemCall.retrying("socket") { socket(domain, type, 0) }
        do throws(SocketError) {
            // Restarting must not wait out TIME_WAIT on the port.
            try SystemCall.setOption(fd, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1)
            let bound = requested.withSockAddr { bind(fd, $0, $1) }
            guard bound == 0 else { throw SocketError("bind \(requested)", errno: errno) }
            let clampedBacklog = Int32(clamping: max(1, backlog))
            guard listen(fd, clampedBacklog) == 0 else { throw SocketError("listen", errno: errno) }
            address = try SocketAddress.local(of: fd, family: requested.family, host: requested.host)
        } catch {
            SystemCall.close(fd)
            throw error
        }
        self.fd = fd
    }
}
