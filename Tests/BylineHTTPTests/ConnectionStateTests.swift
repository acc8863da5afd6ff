import Testing

@testable import BylineHTTP

/// The connection's timing rules on a fake clock (nanoseconds).
@Suite struct ConnectionStateTests {
    static let timeouts = HTTPServerConfiguration.Timeouts(
        headerRead: .seconds(10), bodyRead: .seconds(30), keepAliveIdle: .seconds(60), write: .seconds(20))
    static let second: UInt64 = 1_000_000_000

    @Test func idleConnection_closesAfterKeepAliveTimeout() {
        let state = ConnectionState(now: 0)
        #expect(state.timeoutAction(now: 59 * Self.second, timeouts: Self.timeouts) == .none)
        #expect(state.timeoutAction(now: 61 * Self.second, timeouts: Self.timeouts) == .close)
    }

    @Test func slowHeader_gets408_evenWhenBytesKeepTrickling() {
        var state = ConnectionState(now: 0)
        _ = state.update(parser: .head, outputPending: false, now: 1 * Self.second)
        // Every later byte leaves the deadline where the first one set it.
        for tick in 2...10 {
            _ = state.update(parser: .head, outputPending: false, now: UInt64(tick) * Self.second)
        }
        #expect(state.timeoutAction(now: 10 * Self.second, timeouts: Self.timeouts) == .none)
        #expect(state.timeoutAction(now: 12 * Self.second, timeouts: Self.timeouts) == .timeOutRequest)
    }

    @Test func slowBody_gets408_afterBodyTimeout() {
        var state = ConnectionState(now: 0)
        _ = state.update(parser: .body, outputPending: false, now: 5 * Self.second)
        #expect(state.timeoutAction(now: 34 * Self.second, timeouts: Self.timeouts) == .none)
        #expect(state.timeoutAction(now: 36 * Self.second, timeouts: Self.timeouts) == .timeOutRequest)
    }

    @Test func stalledWrite_closes_butProgressMovesTheDeadline() {
        var state = ConnectionState(now: 0)
        _ = state.update(parser: .idle, outputPending: true, now: 0)
        state.madeWriteProgress(now: 15 * Self.second)
        #expect(state.timeoutAction(now: 30 * Self.second, timeouts: Self.timeouts) == .none)
        #expect(state.timeoutAction(now: 36 * Self.second, timeouts: Self.timeouts) == .close)
    }

    @Test func responseWithoutKeepAlive_closesOnceWritten() {
        var state = ConnectionState(now: 0)
        #expect(state.keepAliveForResponse(requestWantsKeepAlive: false) == false)
        #expect(state.update(parser: .idle, outputPending: true, now: 1) == .none)
        #expect(state.update(parser: .idle, outputPending: false, now: 2) == .close)
    }

    @Test func responseWithoutKeepAlive_closesEvenWithPipelinedBytesLeft() {
        var state = ConnectionState(now: 0)
        _ = state.keepAliveForResponse(requestWantsKeepAlive: false)
        #expect(state.update(parser: .head, outputPending: false, now: 2) == .close)
    }

    @Test func drain_closesIdleConnectionsNow() {
        var state = ConnectionState(now: 0)
        #expect(state.beginDrain() == .close)
    }

    @Test func drain_letsBusyConnectionFinish_thenCloses() {
        var state = ConnectionState(now: 0)
        _ = state.update(parser: .body, outputPending: false, now: 1)
        #expect(state.beginDrain() == .none)
        // The in-flight response is told to close the connection.
        #expect(state.keepAliveForResponse(requestWantsKeepAlive: true) == false)
        #expect(state.update(parser: .idle, outputPending: true, now: 2) == .none)
        #expect(state.update(parser: .idle, outputPending: false, now: 3) == .close)
    }

    @Test func lingeringClose_givesUpAfterTwoSeconds() {
        var state = ConnectionState(now: 0)
        state.beginLingering(now: 0)
        #expect(state.update(parser: .idle, outputPending: false, now: 1) == .none)
        #expect(state.timeoutAction(now: 1 * Self.second, timeouts: Self.timeouts) == .none)
        #expect(state.timeoutAction(now: 3 * Self.second, timeouts: Self.timeouts) == .close)
    }
}
