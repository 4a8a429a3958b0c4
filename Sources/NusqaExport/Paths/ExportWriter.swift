import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

import Foundation

/// Writes an export into a temporary folder beside `--out` and renames it into place at the end
/// (экспорт жазушы), so a failed export never leaves half a site.
///
/// Paths are joined from ``SafeName`` components only; each is checked again here, so nothing
/// can be written outside the temporary folder whatever an id holds.
public final class ExportWriter {
    /// The folder the export ends up in.
    public let destination: String
    /// The temporary folder files are written to until ``commit()``.
    let staging: String
    /// Files written so far.
    public private(set) var fileCount = 0
    /// Bytes written so far.
    public private(set) var byteCount = 0
    private var createdFolders: Set<String> = []
    private var finished = false
    /// Called after every file with the counts so far.
    var onFile: ((Int, Int) -> Void)?

    /// The file that marks a folder as a Nusqa export, so a later export may replace it.
    static let marker = ".nusqa-export"

    /// Prepares a temporary folder beside `destination`.
    /// - Throws: ``ExportError`` `output-exists` when `destination` exists and is neither an empty
    ///   folder nor an earlier Nusqa export; `write-failed` when the folder cannot be made.
    public init(destination: String) throws(ExportError) {
        let manager = FileManager.default
        let standardized = (destination as NSString).standardizingPath
        self.destination = standardized.isEmpty ? destination : standardized
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: self.destination, isDirectory: &isDirectory) {
            let contents = (try? manager.contentsOfDirectory(atPath: self.destination)) ?? []
            guard isDirectory.boolValue, contents.isEmpty || contents.contains(ExportWriter.marker) else {
                throw ExportError(
                    "output-exists",
                    "\(self.destination): error: exists and is not an empty folder or an earlier Nusqa export; choose another --out")
            }
        }
        let parent = (self.destination as NSString).deletingLastPathComponent
        let base = (self.destination as NSString).lastPathComponent
        staging = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(base).partial-\(getpid())")
        try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw ExportError("write-failed", "\(staging): error: cannot create the temporary folder: \(error.localizedDescription)")
        }
        try write(Array("nusqa export\n".utf8), at: [SafeName(trusted: ExportWriter.marker)])
        fileCount = 0
        byteCount = 0
    }

    deinit {
        if !finished { try? FileManager.default.removeItem(atPath: staging) }
    }

    /// Writes `bytes` at the path made of `components` under the export folder.
    /// - Throws: ``ExportError`` `write-failed`, or `unsafe-id` for a component that is not a plain name.
    public func write(_ bytes: [UInt8], at components: [SafeName]) throws(ExportError) {
        guard !components.isEmpty else { throw ExportError("write-failed", "error: an empty export path") }
        for component in components {
            let v = component.value
            guard !v.isEmpty, v != ".", v != "..", !v.contains("/"), !v.contains("\\"), !v.utf8.contains(0) else {
                throw ExportError("unsafe-id", "error: the export path component '\(v)' is not a plain name")
            }
        }
        var folder = staging
        for component in components.dropLast() {
            folder = (folder as NSString).appendingPathComponent(component.value)
            if !createdFolders.contains(folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw ExportError("write-failed", "\(folder): error: cannot create the folder: \(error.localizedDescription)")
                }
                createdFolders.insert(folder)
            }
        }
        let path = (folder as NSString).appendingPathComponent(components[components.count - 1].value)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw ExportError("write-failed", "\(path): error: cannot write the file")
        }
        fileCount += 1
        byteCount += bytes.count
        onFile?(fileCount, byteCount)
    }

    /// Writes text as UTF-8.
    public func write(_ text: String, at components: [SafeName]) throws(ExportError) {
        try write(Array(text.utf8), at: components)
    }

    /// Moves the finished export into place, replacing an earlier export at the destination.
    /// - Throws: ``ExportError`` `write-failed` when the rename fails (the earlier export is kept).
    public func commit() throws(ExportError) {
        let manager = FileManager.default
        let old = staging + ".old"
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: destination, isDirectory: &isDirectory)
        do {
            if exists {
                try? manager.removeItem(atPath: old)
                try manager.moveItem(atPath: destination, toPath: old)
            }
            try manager.moveItem(atPath: staging, toPath: destination)
        } catch {
            if exists, !manager.fileExists(atPath: destination) { try? manager.moveItem(atPath: old, toPath: destination) }
            throw ExportError("write-failed", "\(destination): error: cannot move the export into place: \(error.localizedDescription)")
        }
        if exists { try? manager.removeItem(atPath: old) }
        finished = true
    }

    /// Removes the temporary folder without touching the destination.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
        finished = true
    }
}
