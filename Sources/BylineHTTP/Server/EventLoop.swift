@preconcurrency import Dispatch
import Glibc
import Logging

/// A serial Dispatch queue that owns a share of the connections: their sources fire on it,
/// their handlers run on it, and its buffers are shared by them, since only one runs at once.
final class EventLoop: @unchecked Sendable {
    let queue: DispatchQueue
    let core: ServerCore
    var connections: [Int32: Connection] = [:]
    /// Every read lands here first; only bytes a request needs are copied out, so an idle
    /// connection holds no buffer of its own.
    let readBuffer: UnsafeMutableRawBufferPointer
    var outputBuffer: [UInt8] = []
    var date = HTTPDate()
    var timer: DispatchSourceTimer?
    var draining = false

    init(index: Int, core: ServerCore) {
        queue = DispatchQueue(label: "byline.http.loop.\(index)")
        self.core = core
        readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
    }

    deinit {
        readBuffer.deallocate()
    }

    func startTimer(interval: Duration) {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let nanoseconds = Int(clamping: interval.nanoseconds)
        timer.schedule(
            deadline: .now() + .nanoseconds(nanoseconds), repeating: .nanoseconds(nanoseconds),
            leeway: .nanoseconds(nanoseconds / 4))
        timer.setEventHandler { [self] in sweep() }
        timer.activate()
        self.timer = timer
    }

    func stopTimer() {
        timer?.cancel()
        timer = nil
    }

    /// Takes ownership of an accepted socket.
    func adopt(_ fd: Int32) {
        do {
            // Responses go out in one send; without this, Nagle holds small ones ~40 ms.
            try SystemCall.setOption(fd, level: Int32(IPPROTO_TCP), name: TCP_NODELAY, value: 1)
        } catch {
            core.logger.debug("TCP_NODELAY not set", metadata: ["error": "\(error)"])
        }
        let connection = Connection(fd: fd, loop: self, now: SystemInfo.monotonicNanoseconds())
        connections[fd] = connection
        core.observer?.connectionOpened()
        connection.start()
        if draining { connection.beginDrain() }
    }

    func connectionClosed(_ connection: Connection) {
        connections[connection.fd] = nil
        core.observer?.connectionClosed()
        core.connectionClosed()
    }

    func sweep() {
        let now = SystemInfo.monotonicNanoseconds()
        for connection in Array(connections.values) {
            connection.checkTimeout(now: now)
        }
    }

    func beginDrain() {
        draining = true
        for connection in Array(connections.values) {
            connection.beginDrain()
        }
    }

    func closeAll() {
        for connection in Array(connections.values) {
            connection.close()
        }
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
