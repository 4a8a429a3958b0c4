import NusqaKit
import NusqaStore

/// The forgiving act lookup (актіні табу, ``ActLookup``) on the store, so the store and the whole corpus accept the
/// same names and suggest the same ones.
extension CorpusStore {
    /// The id of the act `name` means: the store's exact lookup first, then ``ActLookup`` over every act's names.
    func lookUpID(_ name: String) -> String? {
        act(named: name)?.id ?? ActLookup.id(name, among: lookupNames())
    }

    /// The error for a name that matches no act, with the same "did you mean …" the whole corpus gives.
    func notFound(_ name: String) -> RuntimeError {
        ActLookup.notFound(name, among: lookupNames())
    }

    /// Every act's names (id, then order number), in the order a loaded corpus lists them.
    private func lookupNames() -> [[String]] {
        ((try? acts()) ?? []).map { [$0.id] + ($0.number.map { [$0] } ?? []) }
    }
}
