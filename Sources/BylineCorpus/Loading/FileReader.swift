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

    func read(_ file: CorpusFile) -> Outcome {
        let bytes: [UInt8]
        switch readBytes(file.path) {
        case .success(let read): bytes = read
        case .failure(let reason): return .skipped(reason)
        }
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
            PreparedArticle(extraction), rawBytes: bytes.count,
            warnings: decoded.usedWindows1252 ? [.decodedAsWindows1252] : [])
    }

    private func readBytes(_ path: String) -> Result<[UInt8], LoadIssue.Reason> {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            return .failure(.unreadable(describe(error)))
        }
        defer {
            do { try handle.close() } catch {
                // Closing a handle we only read from loses nothing: the bytes are in hand.
            }
        }
        do {
            let size = try handle.seekToEnd()
            if size > UInt64(options.maxFileBytes) {
                return .failure(.tooLarge(bytes: Int(clamping: size), limit: options.maxFileBytes))
            }
            try handle.seek(toOffset: 0)
            let data = try handle.readToEnd() ?? Data()
            if data.count > options.maxFileBytes {  // grew while we read it
                return .failure(.tooLarge(bytes: data.count, limit: options.maxFileBytes))
            }
            return data.isEmpty ? .failure(.empty) : .success(Array(data))
        } catch {
            return .failure(.unreadable(describe(error)))
        }
    }

    private func describe(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
