import NusqaCore

/// Reads any source into blocks with the reader of its dialect (диалект бойынша оқу).
public enum DialectReader {
    /// Reads `source` with the reader for `dialect`, or for the detected dialect when `dialect` is nil.
    /// - Returns: the dialect used and the reading.
    /// - Complexity: O(n) in the size of the text.
    public static func read(_ source: SourceText, dialect: Dialect? = nil) -> (Dialect, BlockReading) {
        let chosen = dialect ?? DialectDetector.detect(source)
        switch chosen {
        case .adilet: return (chosen, AdiletReader.read(source))
        case .signedPDF: return (chosen, SignedPDFReader.read(source))
        case .pipeTable: return (chosen, PipeTableReader.read(source))
        case .plain: return (chosen, PlainReader.read(source))
        }
    }
}
