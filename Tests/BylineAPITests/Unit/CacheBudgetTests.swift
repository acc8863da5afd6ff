import Testing

@testable import BylineAPI

/// The operator's cache memory (`cacheMemoryMB`) split between the caches: never more than
/// the total, nothing when it is 0, and no overflow from an absurd value.
@Suite struct CacheBudgetTests {
    /// What the caches hold at most: the composed bodies once, the three generational caches
    /// two generations each.
    func held(_ budget: CacheBudget) -> Int {
        budget.composedBytes + 2 * (budget.answerGenerationBytes + budget.searchGenerationBytes + budget.reuseGenerationBytes)
    }

    @Test(arguments: [0, 1, 7, 128, 65_536])
    func shares_neverExceedTheTotal(megabytes: Int) {
        let budget = CacheBudget(megabytes: megabytes)
        #expect(budget.totalBytes == megabytes << 20)
        #expect(held(budget) <= budget.totalBytes)
        #expect(held(budget) >= budget.totalBytes - 8)
    }

    @Test func standard_is128MiB_halfOfItForComposedBodies() {
        #expect(CacheBudget.standard.totalBytes == 128 << 20)
        #expect(CacheBudget.standard.composedBytes == 64 << 20)
    }

    @Test func zero_turnsEveryCacheOff() {
        let budget = CacheBudget(megabytes: 0)
        #expect([budget.composedBytes, budget.answerGenerationBytes, budget.searchGenerationBytes, budget.reuseGenerationBytes] == [0, 0, 0, 0])
    }

    @Test func hugeOrNegative_isClamped() {
        #expect(CacheBudget(megabytes: Int.max).totalBytes == Int.max)
        #expect(CacheBudget(totalBytes: -5).totalBytes == 0)
    }
}
