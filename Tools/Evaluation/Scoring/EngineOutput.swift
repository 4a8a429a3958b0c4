import Foundation
import NusqaCLI

/// One run of `nusqa instructions FILE --format json`, in process: exit status, parsed JSON, stderr.
public struct EngineOutput {
    /// The exit status.
    public var status: Int32
    /// The parsed JSON document (empty when stdout was not JSON).
    public var document: [String: Any]
    /// What went to stderr.
    public var stderr: String

    /// Runs `nusqa instructions` on `text`, written to a temporary file as the reference scorer pipes it.
    /// - Parameter corpus: the `--corpus` folder; nil for the default (`Corpus/` of the working directory).
    public static func instructions(of text: String, corpus: String? = nil) -> EngineOutput {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nusqa-eval-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            return EngineOutput(status: -1, document: [:], stderr: "cannot write \(url.path): \(error)")
        }
        var out = ""
        var err = ""
        let status = CLI.run(["instructions", url.path, "--format", "json"] + (corpus.map { ["--corpus", $0] } ?? []), stdout: &out, stderr: &err)
        let document = (try? JSONSerialization.jsonObject(with: Data(out.utf8))) as? [String: Any] ?? [:]
        return EngineOutput(status: status, document: document, stderr: err)
    }

    /// The patches: the first `patches` list found, depth first, as the reference scorer finds it.
    public var patches: [[String: Any]] { Self.patches(in: document) }

    static func patches(in value: Any) -> [[String: Any]] {
        guard let object = value as? [String: Any] else { return [] }
        if let list = object["patches"] as? [Any] { return list.compactMap { $0 as? [String: Any] } }
        for (_, child) in object.sorted(by: { $0.key < $1.key }) {
            let found = patches(in: child)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The target ids of a patch (`targets` list, or a single `target`).
    static func targets(of patch: [String: Any]) -> [String] {
        if let list = patch["targets"] as? [Any] { return list.compactMap { $0 as? String } }
        if let list = patch["target"] as? [Any] { return list.compactMap { $0 as? String } }
        if let one = patch["targets"] as? String ?? patch["target"] as? String { return [one] }
        return []
    }

    /// Whether a patch counts as applied: a known operation class, not marked `"applied": false`.
    static func isApplied(_ patch: [String: Any]) -> Bool {
        OperationClass(engineName: patch["operation"] as? String ?? "") != .unknown && (patch["applied"] as? Bool) != false
    }

    /// A non-empty `unparsed` list or an error diagnostic anywhere in the output.
    public var hasReport: Bool { Self.hasReport(document) }

    static func hasReport(_ value: Any) -> Bool {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                if key.lowercased().contains("unparsed"), !isEmpty(child) { return true }
                if key == "diagnostics", let list = child as? [Any],
                    list.contains(where: { (($0 as? [String: Any])?["severity"] as? String)?.lowercased() == "error" })
                {
                    return true
                }
                if hasReport(child) { return true }
            }
        } else if let list = value as? [Any] {
            return list.contains(where: hasReport)
        }
        return false
    }

    private static func isEmpty(_ value: Any) -> Bool {
        if let list = value as? [Any] { return list.isEmpty }
        if let object = value as? [String: Any] { return object.isEmpty }
        if value is NSNull { return true }
        if let string = value as? String { return string.isEmpty }
        if let number = value as? NSNumber { return number == 0 }
        return false
    }
}
