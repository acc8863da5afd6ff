import Glibc

/// An IPv4 or IPv6 socket address parsed from a literal ("0.0.0.0", "::", "127.0.0.1").
/// Host names are not resolved: a server binds to addresses.
public struct SocketAddress: Sendable, Hashable, CustomStringConvertible {
    public enum Family: Sendable, Hashable {
        case ipv4
        case ipv6
    }

    public let host: String
    public let port: Int
    public let family: Family

    public init(host: String, port: Int) throws(InvalidAddressError) {
        var probe4 = in_addr()
        var probe6 = in6_addr()
        if inet_pton(AF_INET, host, &probe4) == 1 {
            family = .ipv4
        } else if inet_pton(AF_INET6, host, &probe6) == 1 {
            family = .ipv6
        } else {
            throw InvalidAddressError(host: host)
        }
        guard (0...65535).contains(port) else { throw InvalidAddressError(host: "\(host):\(port)") }
        self.host = host
        self.port = port
    }

    init(host: String, port: Int, family: Family) {
        self.host = host
        self.port = port
        self.family = family
    }

    public var description: String {
        family == .ipv6 ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Calls `body` with this address as a `sockaddr`.
    func withSockAddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        switch family {
        case .ipv4:
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            _ = inet_pton(AF_INET, host, &address.sin_addr)
            return withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    body($0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        case .ipv6:
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            _ = inet_pton(AF_INET6, host, &address.sin6_addr)
            return withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    body($0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
    }

    /// The address a socket is bound to (`getsockname`), which reveals the port the kernel
    /// picked for port 0.
    static func local(of fd: Int32, family: Family, host: String) throws(SocketError) -> SocketAddress {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw SocketError("getsockname", errno: errno) }
        let port: UInt16 = withUnsafePointer(to: &storage) { pointer in
            switch family {
            case .ipv4:
                return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    UInt16(bigEndian: $0.pointee.sin_port)
                }
            case .ipv6:
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    UInt16(bigEndian: $0.pointee.sin6_port)
                }
            }
        }
        return SocketAddress(host: host, port: Int(port), family: family)
    }
}
