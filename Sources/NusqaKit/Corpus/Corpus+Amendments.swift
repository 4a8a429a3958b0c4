extension Corpus {
    /// The corpus id of a cited act: by registration number first, then by order number and date.
    public func resolve(_ citation: Citation) -> String? {
        if let registration = citation.registrationNumber,
            let entry = entries.first(where: { $0.metadata.registration?.number == registration })
        {
            return entry.metadata.id
        }
        guard let number = citation.number else { return nil }
        return entries.first { entry in
            entry.metadata.number == number && (citation.date == nil || entry.metadata.signedDate == citation.date)
        }?.metadata.id
    }

    /// The amendment reading of an entry, when it is an amending act with text.
    public func amendments(of entry: Entry) -> AmendmentReading? {
        guard let act = entry.act, act.kind == .amendingOrder else { return nil }
        return AmendmentReader.read(act, metadata: entry.metadata, resolveTarget: resolve)
    }
}
