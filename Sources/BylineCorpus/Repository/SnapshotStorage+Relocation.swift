import BylineModel

/// Copies of the snapshot's few thousand small heap objects (entity names, aliases and keys,
/// filter keys), made once a load's temporaries are freed. The originals were allocated while
/// files were read and linked, each among that work's temporaries and scattered over every
/// arena; one surviving object keeps its whole page resident after `malloc_trim`. Made again
/// at the end of the load, the copies sit side by side in the heap's consolidated free space,
/// and the originals' pages go back to the system (docs/ingestion.md, "Where the memory goes").
extension SnapshotStorage {
    func relocatingSmallValues() -> SnapshotStorage {
        var copy = self
        copy.entityList = entityList.map(Relocate.entity)
        copy.entityById = Dictionary(
            uniqueKeysWithValues: entityById.sorted { $0.value < $1.value }.map { (Relocate.string($0.key), $0.value) })
        copy.entityKeys = entityKeys.map { $0.map(Relocate.string) }
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

    static func entity(_ entity: Entity) -> Entity {
        var copy = entity
        copy.id = string(entity.id)
        copy.name = string(entity.name)
        copy.aliases = entity.aliases.map(string)
        copy.titles = entity.titles.map(string)
        return copy
    }
}
