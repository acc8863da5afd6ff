import BylineModel

/// Copies of the snapshot's few small heap objects (the filter-key table's strings), made once
/// a load's temporaries are freed. The originals were allocated while files were read and
/// linked, among that work's temporaries; one surviving object keeps its whole page resident
/// after `malloc_trim`. Most of what a snapshot keeps is in large columns and tables instead
/// (`EntityStore`, `StringTable`, `IntGroups`), which are mapped on their own (docs/ingestion.md,
/// "Where the memory goes").
extension SnapshotStorage {
    func relocatingSmallValues() -> SnapshotStorage {
        var copy = self
        copy.articleKeys = articleKeys.relocated()
        return copy
    }
}

/// Fresh copies of values, sharing no storage with the originals.
enum Relocate {
    /// A String of up to 15 UTF-8 bytes is stored inline and needs no copy.
    static func string(_ string: String) -> String {
        string.utf8.count <= 15 ? string : String(decoding: Array(string.utf8), as: UTF8.self)
    }
}
