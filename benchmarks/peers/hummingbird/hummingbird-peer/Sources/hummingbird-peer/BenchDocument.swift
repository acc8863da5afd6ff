// Same generator as Sources/byline-http-bench/BenchDocument.swift: both servers send identical bytes.
/// The benchmark's JSON body: an array of article-like objects, deterministic, `size` bytes.
enum BenchDocument {
    static func make(size: Int) -> [UInt8] {
        var items: [String] = []
        var length = 2
        var index = 0
        while true {
            let item = #"{"id":"article-\#(index)","title":"Benchmark headline number \#(index)","#
                + #""entities":["Alpha","Beta","Gamma"],"quotes":\#(index % 7)}"#
            if length + item.count + 1 > size { break }
            items.append(item)
            length += item.count + 1
            index += 1
        }
        var text = "[" + items.joined(separator: ",") + "]"
        // Pad with spaces inside the array so the size is exact and the JSON still valid.
        text.insert(contentsOf: String(repeating: " ", count: max(0, size - text.utf8.count)), at: text.index(before: text.endIndex))
        return Array(text.utf8)
    }
}
