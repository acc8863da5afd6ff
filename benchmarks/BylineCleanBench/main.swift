import BylineExtraction
import Foundation

// Runs only the cleaning stage (ArticleCleaner.clean: normalising, header, top matter, footer,
// metadata) over every file of a corpus folder and prints its CPU time and a digest of the
// results. The digest is the proof that a speed change left the output alone: it must be the
// same before and after. `--dump FILE` writes every result, one per line, for a diff.
//
//   .build/release/BylineCleanBench CORPUS_DIR [ROUNDS] [--dump FILE]

func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func files(under directory: URL) -> [URL] {
    let keys: [URLResourceKey] = [.isRegularFileKey]
    guard let walker = FileManager.default.enumerator(
        at: directory, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    else { return [] }
    return walker.compactMap { $0 as? URL }
        .filter { (try? $0.resourceValues(forKeys: Set(keys)).isRegularFile) == true }
        .sorted { $0.path < $1.path }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var dumpPath: String?
if let flag = arguments.firstIndex(of: "--dump"), flag + 1 < arguments.count {
    dumpPath = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: BylineCleanBench CORPUS_DIR [ROUNDS] [--dump FILE]\n".utf8))
    exit(2)
}
let rounds = arguments.count > 1 ? max(1, Int(arguments[1]) ?? 1) : 1
let texts = files(under: URL(fileURLWithPath: folder)).compactMap { url -> String? in
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return String(decoding: data, as: UTF8.self)
}
let bytes = texts.reduce(0) { $0 + $1.utf8.count }

// FNV-1a: stable across runs, unlike Hasher.
var digest: UInt64 = 0xcbf2_9ce4_8422_2325
var dump = ""
var kept = 0
let before = cpuSeconds()
for _ in 0..<rounds {
    for text in texts where ArticleCleaner.clean(text) != nil { kept += 1 }
}
let cpu = cpuSeconds() - before
for text in texts {
    let line = String(describing: ArticleCleaner.clean(text))
    for byte in line.utf8 {
        digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    if dumpPath != nil { dump += line + "\n" }
}
if let dumpPath { FileManager.default.createFile(atPath: dumpPath, contents: Data(dump.utf8)) }
let megabytes = Double(bytes) * Double(rounds) / 1_000_000
print("files \(texts.count) (\(kept / rounds) with a title), \(String(format: "%.2f", Double(bytes) / 1_000_000)) MB x \(rounds) rounds")
print("clean CPU \(String(format: "%.3f", cpu)) s \(String(format: "%.1f", megabytes / cpu)) MB per CPU-second")
print("digest \(String(digest, radix: 16))")
