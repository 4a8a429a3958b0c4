import NusqaCore
import NusqaText

extension AmendmentReader {
    /// The container chains in scope (қамтитын бірліктер; "5 және 6-тармақтарда:", "в пунктах 5 и 6:" name two):
    /// one unless a scope line named several.
    var containerChains: [[ClauseID.Step]] {
        if let several = severalContainers, several.count > 1, several.first == containers { return several }
        return [containers]
    }

    /// Opens the scope of `chains`: the first is `containers`, the rest wait beside it.
    mutating func setContainers(_ chains: [[ClauseID.Step]]) {
        containers = chains.first ?? []
        severalContainers = chains.count > 1 ? chains : nil
    }

    /// Reads one instruction under each container in scope ("5 және 6-тармақтарда: 1) тармақша алып тасталсын" deletes
    /// the sub-item in item 5 and in item 6): the patches finished at once are made for each, an instruction waiting
    /// for its payload waits with the targets of all of them (``Pending/perContainer`` says how many each holds).
    /// What the instruction reports (unparsed, diagnostics) is reported once; an instruction that names its own
    /// container, or its act, is read once.
    mutating func underEachContainer(_ abzac: Abzac, _ read: (inout AmendmentReader) -> Pending?) -> Pending? {
        let chains = containerChains
        guard chains.count > 1 else { return read(&self) }
        let held = heldQuote
        let firstPatch = reading.patches.count
        containers = chains[0]
        let first = read(&self)
        if containers != chains[0] || severalContainers?.first != chains[0] {
            return first  // the instruction named its act: the scope is closed
        }
        let counts = (reading.unparsed.count, reading.diagnostics.count, reading.classified.count, reading.instructionCount)
        let savedList = listMode
        var pendings: [Pending?] = [first]
        for chain in chains.dropFirst() {
            containers = chain
            heldQuote = held
            listMode = savedList
            pendings.append(read(&self))
            reading.unparsed.removeSubrange(counts.0...)
            reading.diagnostics.removeSubrange(counts.1...)
            reading.classified.removeSubrange(counts.2...)
            reading.instructionCount = counts.3
        }
        containers = chains[0]
        // An instruction that names its own container ("5-тармақтың 1) тармақшасы …") reads the same under each: once.
        var seen = Set<String>()
        var kept: [Patch] = []
        for patch in reading.patches[firstPatch...] {
            let key = "\(patch.operation) \(patch.target) \(patch.words.map { "\($0)" } ?? "") \(patch.payload?.text ?? "")"
            if seen.insert(key).inserted { kept.append(patch) }
        }
        reading.patches.replaceSubrange(firstPatch..., with: kept)
        let waiting = pendings.compactMap { $0 }
        guard var merged = waiting.first else { return nil }
        guard waiting.count == pendings.count else {
            unparsed(abzac, "[several-containers] the scope names \(chains.count) containers, but the instruction reads differently under them")
            return nil
        }
        var targets: [ClauseID] = []
        for target in waiting.flatMap(\.targets) where !targets.contains(target) { targets.append(target) }
        if targets.count == merged.targets.count * waiting.count, waiting.allSatisfy({ $0.targets.count == merged.targets.count }) {
            merged.perContainer = merged.targets.count
        }
        merged.targets = targets
        return merged
    }
}
