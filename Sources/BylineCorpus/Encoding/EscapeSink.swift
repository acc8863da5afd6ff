/// Where `JSONWriter.escape` writes: a run of bytes copied whole, or one byte. An array (what
/// a writer builds) or `ByteRun` (what a load's article text is escaped into).
protocol EscapeSink {
    var count: Int { get }
    mutating func append(_ byte: UInt8)
    mutating func append(run: UnsafeBufferPointer<UInt8>)
}

extension Array: EscapeSink where Element == UInt8 {
    @inline(__always)
    mutating func append(run: UnsafeBufferPointer<UInt8>) { append(contentsOf: run) }
}

/// Bytes written through a pointer into a buffer grown by doubling, then taken as an array
/// of exactly their count: escaping an article's text into an array cost more in the
/// appends' uniqueness and capacity checks (three per quote mark and line break) than in
/// the scan for what to escape.
struct ByteRun: EscapeSink {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count &+= 1  // below `capacity`
    }

    @inline(__always)
    mutating func append(run: UnsafeBufferPointer<UInt8>) {
        guard let source = run.baseAddress, !run.isEmpty else { return }
        if run.count > capacity - count { grow(to: count + run.count) }
        (base + count).initialize(from: source, count: run.count)
        count += run.count
    }

    /// The bytes as an array of their exact count; the buffer is freed (do not use it again).
    consuming func take() -> [UInt8] {
        defer { base.deallocate() }
        return Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written so far (valid until the next write or `removeAll`).
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The bytes as an array of their exact count, the buffer kept (`PreparationScratch`
    /// escapes every article of a worker into one run).
    func copied() -> [UInt8] {
        Array(bytes)
    }

    /// Empty again, its buffer kept.
    mutating func removeAll() {
        count = 0
    }

    /// Frees the buffer of a run that is not taken (do not use it again).
    func deallocate() {
        base.deallocate()
    }

    private mutating func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = size
    }
}
