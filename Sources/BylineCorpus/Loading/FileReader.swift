import BylineExtraction
import Foundation

/// Reads, decodes and extracts one file: the per-file work a load runs in parallel.
struct FileReader: Sendable {
    var options: LoadOptions
    var extractor: ArticleExtractor

    enum Outcome: Sendable {
        case loaded(PreparedArticle, rawBytes: Int, warnings: [LoadIssue.Reason])
        case skipped(LoadIssue.Reason)
    }

    /// `scratch`: the calling thread's working memory for preparing the article
    /// (`Parallel.map`'s per-worker state), kept for its next file.
    func read(_ file: CorpusFile, scratch: PreparationScratch = PreparationScratch()) -> Outcome {
        switch readBytes(file) {
        case .success(let bytes): read(file, bytes: bytes, scratch: scratch)
        case .failure(let reason): .skipped(reason)
        }
    }

    /// The article in a file's bytes, read already (`ReadAhead`).
    func read(_ file: CorpusFile, bytes: [UInt8], scratch: PreparationScratch = PreparationScratch()) -> Outcome {
        let decoded: TextFileDecoder.Decoded
        do {
            decoded = try TextFileDecoder.decode(bytes)
        } catch {
            return .skipped(error == .empty ? .empty : .notText)
        }
        guard let extraction = extractor.extract(raw: decoded.text, source: file.source) else {
            return .skipped(.noTitle)
        }
        return .loaded(
            PreparedArticle(extraction, scratch: scratch), rawBytes: bytes.count,
            warnings: decoded.usedWindows1252 ? [.decodedAsWindows1252] : [])
    }

    /// The file's bytes, read with POSIX calls (`contents(of:limit:)`): `FileHandle`, `URL` and
    /// `Data` cost about 3% of a whole load in object set-up and a second copy of the bytes.
    private func readBytes(_ file: CorpusFile) -> Result<[UInt8], LoadIssue.Reason> {
        switch Self.contents(of: file, limit: options.maxFileBytes) {
        case .success(let bytes): bytes.isEmpty ? .failure(.empty) : .success(bytes)
        case .failure(.tooLarge(let bytes)): .failure(.tooLarge(bytes: bytes, limit: options.maxFileBytes))
        case .failure(.system(let message)): .failure(.unreadable(message))
        }
    }
}
