import Foundation

/// Walks glibc's heaps (the main arena's `[heap]` and each thread arena's 64 MiB-aligned heap)
/// chunk by chunk and reports which live chunks keep pages resident: after a load every free
/// page has been trimmed, so a resident heap page is one that holds part of a live chunk. Live
/// chunks are named by the symbol of their first word (a Swift object's type metadata) when
/// `dladdr` knows it. Diagnostics only (BYLINE_HEAP_WALK=1); it reads glibc's private chunk
/// layout (malloc/malloc.c: size word at +8, flags in its low 3 bits, "previous in use" in the
/// next chunk's size word) and stops at the first chunk that does not fit.
enum HeapWalk {
    struct Region {
        var start: UInt
        var end: UInt
        var name: String
    }

    static func heapRegions() -> [Region] {
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/maps"),
            let data = try? handle.readToEnd() else { return [] }
        var regions: [Region] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 5, fields[1] == "rw-p" else { continue }
            let bounds = fields[0].split(separator: "-")
            guard bounds.count == 2, let start = UInt(bounds[0], radix: 16), let end = UInt(bounds[1], radix: 16)
            else { continue }
            if fields.count >= 6, fields[5] == "[heap]" {
                regions.append(Region(start: start, end: end, name: "main arena"))
            } else if fields.count == 5, start % (64 << 20) == 0 {
                regions.append(Region(start: start, end: end, name: "thread heap"))
            }
        }
        return regions
    }

    static func word(_ address: UInt) -> UInt {
        UnsafePointer<UInt>(bitPattern: address)?.pointee ?? 0
    }

    /// Chunks from `first`: (address, size, inUse) until the walk leaves the region.
    static func chunks(from first: UInt, end: UInt) -> [(UInt, UInt, Bool)] {
        var result: [(UInt, UInt, Bool)] = []
        var chunk = first
        while chunk + 16 <= end {
            let size = word(chunk + 8) & ~7
            guard size >= 32, size % 16 == 0, chunk + size + 16 <= end else { break }
            let next = chunk + size
            result.append((chunk, size, word(next + 8) & 1 == 1))
            chunk = next
        }
        return result
    }

    static func name(of chunk: UInt) -> String {
        let first = word(chunk + 16)
        guard first > 4096, let pointer = UnsafeRawPointer(bitPattern: first) else { return "(data)" }
        // `dladdr` and `Dl_info` need _GNU_SOURCE, which the Glibc module does not set.
        struct Info {
            var file: UnsafePointer<CChar>?
            var base: UnsafeMutableRawPointer?
            var symbol: UnsafePointer<CChar>?
            var address: UnsafeMutableRawPointer?
        }
        typealias Lookup = @convention(c) (UnsafeRawPointer, UnsafeMutableRawPointer) -> Int32
        guard let function = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "dladdr") else { return "(unnamed)" }
        var info = Info()
        let found = withUnsafeMutableBytes(of: &info) { unsafeBitCast(function, to: Lookup.self)(pointer, $0.baseAddress!) }
        guard found != 0 else { return "(unnamed)" }
        if let symbol = info.symbol { return String(cString: symbol) }
        if let file = info.file {
            let offset = first - UInt(bitPattern: info.base)
            return "(in \(String(cString: file).split(separator: "/").last ?? "") +0x\(String(offset, radix: 16)))"
        }
        return "(unnamed)"
    }

    static func report() {
        let pageSize: UInt = 4096
        for region in heapRegions() {
            // The first chunk: at the start of the main heap; after heap_info and the arena's
            // state in a thread arena's first heap (sizes vary by glibc version: try each
            // 16-byte offset and keep the one whose walk reaches furthest).
            let candidates: [UInt] = region.name == "main arena"
                ? [region.start] : stride(from: region.start + 32, to: region.start + 4096, by: 16).map { $0 }
            var best: [(UInt, UInt, Bool)] = []
            for candidate in candidates {
                let walk = chunks(from: candidate, end: region.end)
                if (walk.last.map { $0.0 + $0.1 } ?? 0) > (best.last.map { $0.0 + $0.1 } ?? 0) { best = walk }
            }
            var pinned = Set<UInt>()
            var byName: [String: (chunks: Int, bytes: UInt, pages: Set<UInt>)] = [:]
            var live: UInt = 0
            for (chunk, size, inUse) in best where inUse {
                live += size
                let pages = Set(stride(from: chunk / pageSize, through: (chunk + size - 1) / pageSize, by: 1))
                pinned.formUnion(pages)
                let key = name(of: chunk)
                var entry = byName[key] ?? (0, 0, [])
                entry.chunks += 1
                entry.bytes += size
                entry.pages.formUnion(pages)
                byName[key] = entry
            }
            let walked = (best.last.map { $0.0 + $0.1 } ?? region.start) - region.start
            print("heap walk \(region.name) \(String(region.start, radix: 16)): \(best.count) chunks over \(walked >> 20) MB, live \(live >> 10) KB in \(best.filter(\.2).count) chunks, pinning \(pinned.count * 4) KB")
            for (key, entry) in byName.sorted(by: { $0.value.pages.count > $1.value.pages.count }).prefix(25) {
                print("  \(entry.pages.count * 4) KB pages, \(entry.chunks) chunks, \(entry.bytes >> 10) KB  \(key)")
            }
            // Chunks whose first word points at no library (run-time metadata in the heap, C
            // structures): by size and by where that word points.
            var unnamed: [String: (Int, Set<UInt>)] = [:]
            let regions = heapRegions()
            for (chunk, size, inUse) in best where inUse && name(of: chunk) == "(unnamed)" {
                let target = word(chunk + 16)
                let place = regions.first { $0.start <= target && target < $0.end }?.name ?? "elsewhere"
                let key = "size \(size) -> \(place)"
                var entry = unnamed[key] ?? (0, [])
                entry.0 += 1
                entry.1.formUnion(stride(from: chunk / pageSize, through: (chunk + size - 1) / pageSize, by: 1))
                unnamed[key] = entry
            }
            print("  unnamed: " + unnamed.sorted { $0.value.1.count > $1.value.1.count }.prefix(12)
                .map { "\($0.key): \($0.value.0) on \($0.value.1.count * 4) KB" }.joined(separator: " | "))
            // A sample of the strings that live in the middle of the heap (by their bytes).
            var samples: [String: Int] = [:]
            for (chunk, size, inUse) in best where inUse && name(of: chunk).hasSuffix("+0x5ef438)") {
                let offset = chunk - region.start
                guard offset > 4 << 20, offset < (walked * 4 / 5) else { continue }
                let count = Int(word(chunk + 16 + 24) & 0xffff_ffff_ffff)
                guard count > 0, count < Int(size) else { continue }
                let bytes = UnsafeBufferPointer(start: UnsafePointer<UInt8>(bitPattern: chunk + 16 + 32), count: count)
                samples[String(decoding: bytes, as: UTF8.self).prefix(60).description, default: 0] += 1
            }
            print("  \(samples.count) distinct mid-heap strings; most repeated: " + samples.sorted { $0.value > $1.value }.prefix(30).map { "\($0.value)x \($0.key)" }.joined(separator: " | "))
            print("  some: " + samples.keys.sorted().prefix(60).joined(separator: " | "))
            // Live and pinned kilobytes per megabyte of the heap, from its start.
            var perMegabyte: [Int: (live: UInt, pages: Set<UInt>)] = [:]
            for (chunk, size, inUse) in best where inUse {
                let slot = Int((chunk - region.start) >> 20)
                var entry = perMegabyte[slot] ?? (0, [])
                entry.live += size
                entry.pages.formUnion(stride(from: chunk / pageSize, through: (chunk + size - 1) / pageSize, by: 1))
                perMegabyte[slot] = entry
            }
            print("  by MB of heap (live KB / pinned KB): " + perMegabyte.sorted { $0.key < $1.key }
                .map { "\($0.key):\($0.value.live >> 10)/\($0.value.pages.count * 4)" }.joined(separator: " "))
            var sizes: [UInt: (Int, Set<UInt>)] = [:]
            for (chunk, size, inUse) in best where inUse {
                let bucket: UInt = size <= 64 ? 64 : size <= 256 ? 256 : size <= 1024 ? 1024 : size <= 4096 ? 4096 : 65536
                var entry = sizes[bucket] ?? (0, [])
                entry.0 += 1
                entry.1.formUnion(stride(from: chunk / pageSize, through: (chunk + size - 1) / pageSize, by: 1))
                sizes[bucket] = entry
            }
            for (bucket, entry) in sizes.sorted(by: { $0.key < $1.key }) {
                print("  size <= \(bucket): \(entry.0) chunks on \(entry.1.count * 4) KB of pages")
            }
        }
    }
}
