
import Glibc




/// A failed system call, named, with its errno.
public struct SocketError: Error, Sendable, Hashable, CustomStringConvertible {
    public let call: String
    public let errno: Int32

    public init(_ call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    public var description: String {
        "\(call) failed: \(String(cString: strerror(errno))) (errno \(errno))"
    }
}

/// An address string that is neither IPv4 nor IPv6 literal.
public struct InvalidAddressError: Error, Sendable, CustomStringConvertible {
    public let host: String
    public var description: String {
        "'\(host)' is not an IPv4 or IPv6 address (use 0.0.0.0, ::, 127.0.0.1 or ::1)"
    }
}
