import BylineCorpus
import BylineLogging
import Foundation
import Logging

// Loads a corpus folder through the whole pipeline (decode, clean, entities, quotes, linking,
// indexes, encoded JSON) and prints how fast and how big. Run by scripts/bench-extract.

func residentKilobytes(_ field: String) -> Int {
    let status: String
    do {
        status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    } catch {
        return 0  // not Linux: memory figures print as 0
    }
    let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") }
    return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
}

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// glibc's own account of the heap per arena on stderr (`malloc_stats`, looked up: <malloc.h>
/// is not in the Glibc module): "in use" against "system" bytes shows how much resident
/// memory is fragmentation the allocator cannot hand back. Printed with BYLINE_MALLOC_STATS=1.
func printMallocStats() {
    #if canImport(Glibc)
    typealias Call = @convention(c) () -> Void
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_stats") else { return }
    unsafeBitCast(symbol, to: Call.self)()
    #endif
}

/// Every mapping with more than 1 MB resident (from /proc/self/smaps): where resident memory
/// sits, heap arenas against mmapped arrays against code. Printed with BYLINE_SMAPS=1.
func printLargeMappings() {
    guard let handle = FileHandle(forReadingAtPath: "/proc/self/smaps"),
        let data = try? handle.readToEnd() else { return }
    let smaps = String(decoding: data, as: UTF8.self)
    var header = ""
    for line in smaps.split(separator: "\n") {
        if line.first?.isHexDigit == true, line.contains("-") { header = String(line) }
        if line.hasPrefix("Rss:"), let kb = Int(line.split(separator: " ")[1]), kb > 512 {
            print("  \(kb / 1024) MB  \(header)")
        }
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: BylineBench CORPUS_DIR\n".utf8))
    exit(2)
}
// The load's issues are logged as `byline serve` logs them (its handler, text lines), to
// stderr so the figures alone go to stdout: a corpus with thousands of duplicate ids logs
// thousands of lines while it loads, and swift-log's default handler costs more a line.
let logger = Logger(label: "bench") { label in
    StdoutLogHandler(label: label, format: .text, level: .warning, sink: .standardError)
}
let rssBefore = residentKilobytes("VmRSS")
let cpuBefore = cpuSeconds()
let start = ContinuousClock.now
// Loaded as the server loads (`CorpusStore`): what stays resident is what a server keeps, the
// snapshot; the load's issues are logged and dropped.
let store = CorpusStore(logger: logger)
let snapshot: CorpusSnapshot
do {
    snapshot = try store.reload(directory: arguments[1], loader: CorpusLoader(logger: logger))
} catch {
    FileHandle.standardError.write(Data("BylineBench: \(error)\n".utf8))
    exit(1)
}
let elapsed = ContinuousClock.now - start
let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let cpu = cpuSeconds() - cpuBefore
let rssAfter = residentKilobytes("VmRSS")
let peak = residentKilobytes("VmHWM")
let stats = snapshot.stats
let megabytes = Double(stats.rawBytes) / 1_000_000
let cores = ProcessInfo.processInfo.activeProcessorCount
func fixed(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

print("articles            \(stats.articleCount) (\(stats.skippedFileCount) skipped)")
print("entities / quotes   \(stats.entityCount) / \(stats.quoteCount) (\(stats.mentionCount) mentions)")
print("raw text            \(fixed(megabytes)) MB")
print("load + index        \(fixed(wall, 3)) s wall, \(fixed(cpu, 3)) s CPU on \(cores) cores")
print("  of which           \(fixed(stats.extractSeconds, 3)) s reading + extracting (parallel), \(fixed(stats.indexSeconds, 3)) s linking + indexing")
print("throughput          \(fixed(megabytes / wall)) MB/s wall, \(fixed(megabytes / wall / Double(cores))) MB/s per core (wall x cores), \(fixed(megabytes / max(cpu, 0.001))) MB per CPU-second")
// The extraction phase alone (reading, cleaning, entities, quotes), as wall x cores: the
// issue's per-core rate read without the linking and indexing, which run after it.
print("  extraction phase  \(fixed(megabytes / max(stats.extractSeconds, 0.001) / Double(cores))) MB/s per core (wall x cores of reading + extracting)")
print("RSS                 \(rssBefore / 1024) MB before, \(rssAfter / 1024) MB after, \(peak / 1024) MB peak")
print("repository memory   \(fixed(Double(rssAfter - rssBefore) * 1024 / Double(max(stats.articleCount, 1)) / 1024, 1)) KB per article (RSS growth)")
print("resident kinds      \(residentKilobytes("RssAnon") / 1024) MB anonymous (heap), \(residentKilobytes("RssFile") / 1024) MB file-backed (code, ICU data)")
print("RSS / raw text      \(fixed(Double(rssAfter) * 1024 / Double(max(stats.rawBytes, 1)))) x after load, \(fixed(Double(peak) * 1024 / Double(max(stats.rawBytes, 1)))) x at peak")
if ProcessInfo.processInfo.environment["BYLINE_MALLOC_STATS"] == "1" {
    let parts = snapshot.footprint
    for (part, bytes) in parts {
        print("  \(part.padding(toLength: 34, withPad: " ", startingAt: 0)) \(fixed(Double(bytes) / 1_000_000)) MB")
    }
    print("  \("snapshot total".padding(toLength: 34, withPad: " ", startingAt: 0)) \(fixed(Double(parts.reduce(0) { $0 + $1.bytes }) / 1_000_000)) MB")
    printMallocStats()
}
if ProcessInfo.processInfo.environment["BYLINE_SMAPS"] == "1" { printLargeMappings() }
if ProcessInfo.processInfo.environment["BYLINE_HEAP_WALK"] == "1" { HeapWalk.report() }
if let words = ProcessInfo.processInfo.environment["BYLINE_SEARCH_TIMING"] {
    // Microseconds per `?q=` search of the loaded corpus (first page), uncached.
    for query in words.split(separator: ",").map(String.init) {
        let runs = 300
        let begin = ContinuousClock.now
        var total = 0
        for _ in 0..<runs { total += snapshot.encodedArticles(ArticleQuery(text: query)).count }
        let took = ContinuousClock.now - begin
        let micros = Double(took.components.seconds) * 1e6 + Double(took.components.attoseconds) / 1e12
        print("search \(query): \(fixed(micros / Double(runs), 1)) us (\(total / runs) bytes)")
    }
}
if ProcessInfo.processInfo.environment["BYLINE_MALLOC_INFO"] == "1" {
    typealias Info = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_info") {
        _ = unsafeBitCast(symbol, to: Info.self)(0, fopen("/tmp/mem-info.txt", "w"))
    }
}
if ProcessInfo.processInfo.environment["BYLINE_TRIM_AGAIN"] == "1" {
    typealias Trim = @convention(c) (Int) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
    print("after second trim   \(residentKilobytes("VmRSS") / 1024) MB")
}
withExtendedLifetime(store) {}
