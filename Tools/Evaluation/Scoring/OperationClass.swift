/// The operation classes of the development set (`op` in its annotations) and how an engine's operation
/// name falls into one — the same rule as the reference scorer's `op_class`.
public enum OperationClass: String, Sendable, CaseIterable {
    case replace, insert, delete, repeal, suspend
    case insertWords = "insert_words"
    case substituteWords = "substitute_words"
    case deleteWords = "delete_words"
    case unknown = "?"

    /// Classifies an engine's operation name, checked in the scorer's order on the lower-cased name.
    public init(engineName: String) {
        let s = engineName.lowercased()
        let word = s.contains("word")
        func any(_ keys: [String]) -> Bool { keys.contains { s.contains($0) } }
        if s.contains("suspend") { self = .suspend }
        else if any(["repeal", "void"]) { self = .repeal }
        else if any(["delete", "remove", "exclude", "strike"]) { self = word ? .deleteWords : .delete }
        else if any(["insert", "add", "supplement", "append"]) { self = word ? .insertWords : .insert }
        else if any(["substitut", "replace", "wording", "restate"]) { self = word ? .substituteWords : .replace }
        else { self = .unknown }
    }

    /// The class an annotated `op` is scored as (`replace_annex` counts as `replace`).
    public init?(annotation: String) {
        if annotation == "replace_annex" { self = .replace; return }
        guard let value = OperationClass(rawValue: annotation), value != .unknown else { return nil }
        self = value
    }
}
