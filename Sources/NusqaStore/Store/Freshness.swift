/// How much of the corpus folder a command checks before it trusts the store (қойманың жаңалығы).
///
/// A whole-corpus answer (`nusqa index`, `nusqa check`) checks every file: one `stat` each, and a content hash
/// of those whose size or mtime moved. An answer about one act checks the folder, then that act's family:
/// - ``folder``: the `acts/` folder's mtime, which changes whenever a file is added, deleted or renamed there
///   (an editor that saves by writing a new file and renaming it over the old one changes it too); when it moved
///   since the last full check, every file is checked;
/// - then ``CorpusStore/refresh(act:)`` stats the files of the asked act's family (its sidecar and text, its
///   amending acts' sidecars and texts, and the sidecars of the acts their readings cite); when one moved,
///   every file is checked.
///
/// What this misses until the next `nusqa index` (or the next added, deleted or renamed file): a file *outside*
/// the asked act's family edited in place so that it now belongs to that family, e.g. an amending order rewritten
/// in place to amend another act, or a sidecar edited in place so that an order's citation now resolves to it.
public enum Freshness: Sendable {
    /// Stat every file under `acts/`.
    case everyFile
    /// Trust the store while the `acts/` folder's mtime is the one the last full check saw.
    case folder
}
