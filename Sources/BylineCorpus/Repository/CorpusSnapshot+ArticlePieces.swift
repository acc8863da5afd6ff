extension CorpusSnapshot {
    /// `encodedArticle(id:)`'s bytes as slices of the snapshot's stored parts (see
    /// `ArticleStore.pieces(of:)`): a server sends them with one writev instead of assembling
    /// a copy per request. Nil for an unknown id.
    public func encodedArticlePieces(id: String) -> [ArraySlice<UInt8>]? {
        storage.articleIds[id].map { storage.articleJSON.pieces(of: $0) }
    }
}
