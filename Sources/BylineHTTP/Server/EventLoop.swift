import CLinux
import Glibc
import Logging
import Synchronization

/// One thread running an epoll loop that owns a share of the connections: their events are
/// handled on it, their handlers run on it, and its buffers are shared by them since only one
/// runs at a time. Other threads reach it only through `execute`.
///
/// Why not a DispatchSource per connection: measured here, libdispatch re-arms epoll
/// (epoll_ctl) and asks FIONREAD (ioctl) on every event and hops threads to deliver it, which
/// halved throughput against an epoll loop that handles events where it receives them.
final class EventLoop: @unchecked Sendable {
    let core: ServerCore
    let epoll: Epoll
    /// Connections indexed by descriptor: descriptors are small integers, so this beats a
    /// dictionary on every event.
    var connections: [Connection?] = []
    var connectionCount = 0
    /// Every read lands here first; only bytes a request needs are copied out, so an idle
    /// connection holds no buffer of its own.
    let readBuffer: UnsafeMutableRawBufferPointer
    var outputBuffer: [UInt8] = []
    /// The writev vectors of the response being sent: head plus body pieces, at most IOV_MAX.
    let iovecs: UnsafeMutableBufferPointer<iovec>
    var date = HTTPDate()
    /// Heads answered from the reuse cache, to answer their repeats without parsing.
    var repeatedHeads = RepeatedHeads()
    var draining = false
    var running = true
    let sweepInterval: UInt64
    var nextSweep: UInt64 = 0
    let tasks = Mutex<[@Sendable () -> Void]>([])

    init(core: ServerCore, sweepInterval: Duration) throws(SocketError) {
        self.core = core
        epoll = try Epoll()
        self.sweepInterval = max(1_000_000, sweepInterval.nanoseconds)
        readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        iovecs = UnsafeMutableBufferPointer<iovec>.allocate(capacity: 1024)
    }

    deinit {
        readBuffer.deallocate()
        iovecs.deallocate()
    }

    /// Starts the loop's thread.
    func start() throws(SocketError) {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let result = pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            let loop = Unmanaged<EventLoop>.fromOpaque(context).takeRetainedValue()
            loop.run()
            return nil
        }, context)
        guard result == 0 else {
            Unmanaged<EventLoop>.fromOpaque(context).release()
            throw SocketError("pthread_create", errno: result)
        }
        pthread_detach(thread)
    }

    /// Runs `task` on the loop's thread, from any thread.
    func execute(_ task: @escaping @Sendable () -> Void) {
        tasks.withLock { $0.append(task) }
        epoll.wake()
    }

    func run() {
        let events = UnsafeMutableBufferPointer<epoll_event>.allocate(capacity: 256)
        defer { events.deallocate() }
        nextSweep = SystemInfo.monotonicNanoseconds() + sweepInterval
        while running {
            let timeout = Int32(clamping: sweepInterval / 1_000_000)
            let count = epoll.wait(into: events, timeoutMilliseconds: timeout)
            for index in 0..<count {
                let event = events[index]
                let fd = event.data.fd
                if fd == epoll.wakeFD {
                    epoll.drainWake()
                    runTasks()
                } else {
                    dispatch(event.events, to: fd)
                }
            }
            let now = SystemInfo.monotonicNanoseconds()
            if now >= nextSweep {
                sweep(now: now)
                nextSweep = now + sweepInterval
            }
        }
        closeAll()
    }

    func dispatch(_ flags: UInt32, to fd: Int32) {
        guard fd >= 0, Int(fd) < connections.count, let connection = connections[Int(fd)] else { return }
        let failed = flags & (EPOLLERR.rawValue | EPOLLHUP.rawValue) != 0
        if flags & EPOLLOUT.rawValue != 0 || (failed && !connection.pending.isEmpty) {
            connection.handleWritable()
        }
        if !connection.isClosed, flags & EPOLLIN.rawValue != 0 || failed {
            connection.handleReadable()
        }
    }

    func runTasks() {
        let pending = tasks.withLock { tasks in
            let taken = tasks
            tasks.removeAll()
            return taken
        }
        for task in pending { task() }
    }

    /// Takes ownership of an accepted socket.
    func adopt(_ fd: Int32) {
        do {
            // Responses go out in one send; without this, Nagle holds small ones ~40 ms.
            try SystemCall.setOption(fd, level: Int32(IPPROTO_TCP), name: TCP_NODELAY, value: 1)
            try epoll.add(fd, interest: .read)
        } catch {
            core.logger.warning("cannot watch accepted socket", metadata: ["error": "\(error)"])
            SystemCall.close(fd)
            core.connectionClosed()
            return
        }
        let connection = Connection(fd: fd, loop: self, now: SystemInfo.monotonicNanoseconds())
        let slot = Int(fd)
        if slot >= connections.count {
            connections.append(contentsOf: repeatElement(nil, count: slot + 1 - connections.count))
        }
        connections[slot] = connection
        connectionCount += 1
        core.observer?.connectionOpened()
        if draining { connection.beginDrain() }
    }

    /// Changes what the loop watches a connection for.
    func setInterest(_ connection: Connection, _ interest: Epoll.Interest) {
        do {
            try epoll.modify(connection.fd, interest: interest)
        } catch {
            core.logger.warning("epoll_ctl failed", metadata: ["error": "\(error)"])
            connection.close()
        }
    }

    /// Forgets a connection and closes its descriptor (unregistered first, so a reused
    /// descriptor number can never be confused with it).
    func connectionClosed(_ connection: Connection) {
        epoll.remove(connection.fd)
        SystemCall.close(connection.fd)
        let slot = Int(connection.fd)
        if slot < connections.count, connections[slot] === connection { connections[slot] = nil }
        connectionCount -= 1
        core.observer?.connectionClosed()
        core.connectionClosed()
    }

    func sweep(now: UInt64) {
        guard connectionCount > 0 else { return }
        for case let connection? in connections {
            connection.checkTimeout(now: now)
        }
    }

    func beginDrain() {
        draining = true
        for case let connection? in connections {
            connection.beginDrain()
        }
    }

    func closeAll() {
        for case let connection? in connections {
            connection.close()
        }
    }

    /// Ends the loop's thread once the current iteration finishes.
    func stop() {
        execute { [self] in running = false }
    }

    func takeOutputBuffer() -> [UInt8] {
        var buffer: [UInt8] = []
        swap(&buffer, &outputBuffer)
        return buffer
    }

    /// Keeps the buffer's storage for the next response unless one huge body inflated it.
    func returnOutputBuffer(_ buffer: inout [UInt8]) {
        if buffer.capacity <= 256 * 1024 {
            buffer.removeAll(keepingCapacity: true)
            swap(&buffer, &outputBuffer)
        }
    }
}
