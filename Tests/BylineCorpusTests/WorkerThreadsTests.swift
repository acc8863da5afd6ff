@testable import BylineCorpus
import Glibc
import Synchronization
import Testing

@Suite struct WorkerThreadsTests {
    @Test func run_callsEveryIndexOnce() {
        let calls = Mutex([Int]())
        WorkerThreads.run(5) { index in calls.withLock { $0.append(index) } }
        #expect(calls.withLock { $0.sorted() } == [0, 1, 2, 3, 4])
    }

    @Test func onOwnThread_returnsTheBodysValue() {
        #expect(WorkerThreads.onOwnThread { (1...100).reduce(0, +) } == 5050)
    }

    @Test func parallelMap_keepsInputOrder() {
        let items = Array(0..<1_000)
        #expect(Parallel.map(items) { $0 * $0 } == items.map { $0 * $0 })
    }

    /// Each worker makes its state once and keeps it for every item it takes; results stay in
    /// input order. The state counts its items: at most one state per worker is made (a
    /// worker that found no item left made one and used it for nothing), each state that took
    /// items started at 1, and states were kept from item to item (counts above 1).
    @Test func parallelMapWithState_makesOneStatePerWorkerAndKeepsInputOrder() {
        final class Tally {
            var items = 0
        }
        let made = Mutex(0)
        let items = Array(0..<1_000)
        let results = Parallel.map(items, state: { () -> Tally in
            made.withLock { $0 += 1 }
            return Tally()
        }) { tally, item in
            tally.items += 1
            return (item * item, tally.items)
        }
        #expect(results.map(\.0) == items.map { $0 * $0 })
        #expect(made.withLock { $0 } <= WorkerThreads.cores)
        let started = results.filter { $0.1 == 1 }.count
        #expect(started >= 1 && started <= made.withLock { $0 })
        #expect(results.map(\.1).max() ?? 0 > 1)
        #expect(Parallel.map([7], state: { 10 }) { state, item in state += item; return state } == [17])
    }

    @Test func parallelBoth_returnsBothResults() {
        let (a, b) = Parallel.both({ "first" }, { 2 })
        #expect(a == "first" && b == 2)
    }

    @Test func alongside_runsOneBodyHereAndOneOnAThreadOfItsOwn() {
        let here = pthread_self()
        let (mine, theirs) = WorkerThreads.alongside(
            { (pthread_equal(pthread_self(), here) != 0, "mine") },
            { (pthread_equal(pthread_self(), here) != 0, 7) })
        #expect(mine == (true, "mine"))
        #expect(theirs.0 == false && theirs.1 == 7)
    }

    @Test func parallelRun_onThisThread_runsEveryTaskHereInOrder() {
        let here = pthread_self()
        let calls = Mutex([(Int, Bool)]())
        let tasks: [@Sendable () -> Void] = (0..<4).map { index in
            { calls.withLock { $0.append((index, pthread_equal(pthread_self(), here) != 0)) } }
        }
        Parallel.run(tasks, onThisThread: true)
        #expect(calls.withLock { $0.map(\.0) } == [0, 1, 2, 3])
        #expect(calls.withLock { $0.allSatisfy(\.1) })
    }

    /// The empty snapshot a store starts with makes no threads (their heap arenas, made before
    /// a load pads new heaps, would be what the load's workers take); any corpus does.
    @Test func emptySnapshot_isBuiltOnTheCallingThread() {
        #expect(!SnapshotBuilder.usesThreads(articleCount: 0))
        #expect(SnapshotBuilder.usesThreads(articleCount: 1))
        #expect(CorpusSnapshot.empty.stats.articleCount == 0)
    }
}
