import NusqaKit

extension Indexer {
    /// The integer key of an act id (`act_ids`), added when new. Keys are never reused, so an act's versions keep
    /// their rowid range across updates.
    func actKey(_ id: String) throws -> Int {
        if let known = actKeys[id] { return known }
        let key = try intern(id, insert: "INSERT OR IGNORE INTO act_ids(id) VALUES (?1)", select: "SELECT key FROM act_ids WHERE id = ?1")
        actKeys[id] = key
        return key
    }

    /// The integer key of a clause id (`clause_ids`), added when new.
    func clauseKey(_ clause: ClauseID) throws -> Int {
        let text = clause.description
        if let known = clauseKeys[text] { return known }
        let key = try intern(text, insert: "INSERT OR IGNORE INTO clause_ids(clause) VALUES (?1)", select: "SELECT key FROM clause_ids WHERE clause = ?1")
        clauseKeys[text] = key
        return key
    }

    /// The key of an act id already stored, without adding one.
    func existingActKey(_ id: String) throws -> Int? {
        if let known = actKeys[id] { return known }
        return try statement("SELECT key FROM act_ids WHERE id = ?1").rows([.text(id)]) { $0.int(0) }.first
    }

    private func intern(_ name: String, insert: String, select: String) throws -> Int {
        try statement(insert).run([.text(name)])
        guard let key = try statement(select).rows([.text(name)], { $0.int(0) }).first else {
            throw SQLiteError(code: 1, message: "cannot store the key of \(name)")
        }
        return key
    }

    /// Writes the `codes` table: every code the versions and changes columns use, with its name.
    static func writeCodes(_ database: Database) throws {
        let insert = try database.prepare("INSERT INTO codes(field, code, name) VALUES (?1, ?2, ?3)")
        for (field, names) in StoredCodes.fields {
            for (code, name) in names.enumerated() { try insert.run([.text(field), .int(code), .text(name)]) }
        }
    }
}
