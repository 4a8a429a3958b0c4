import CSQLite

/// A prepared SQL statement (сұрау): bind parameters by position from 1, step, read columns from 0.
public final class Statement {
    let pointer: OpaquePointer
    let database: Database

    init(_ pointer: OpaquePointer, database: Database) {
        self.pointer = pointer
        self.database = database
    }

    deinit { sqlite3_finalize(pointer) }

    /// SQLite's marker for text it must copy before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds the values to parameters 1, 2, … after resetting the statement.
    @discardableResult
    public func bind(_ values: [SQLValue]) throws(SQLiteError) -> Statement {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(pointer, index)
            case .int(let number): status = sqlite3_bind_int64(pointer, index, Int64(number))
            case .text(let text): status = sqlite3_bind_text(pointer, index, text, -1, Statement.transient)
            case .blob(let bytes):
                status = bytes.withUnsafeBytes { sqlite3_bind_blob(pointer, index, $0.baseAddress, Int32($0.count), Statement.transient) }
            }
            guard status == SQLITE_OK else { throw SQLiteError(code: status, message: database.lastMessage) }
        }
        return self
    }

    /// Advances to the next row. - Returns: false when there are no more rows.
    public func step() throws(SQLiteError) -> Bool {
        let status = sqlite3_step(pointer)
        if status == SQLITE_ROW { return true }
        if status == SQLITE_DONE { return false }
        throw SQLiteError(code: status, message: database.lastMessage)
    }

    /// Binds, runs to completion and resets.
    public func run(_ values: [SQLValue] = []) throws(SQLiteError) {
        try bind(values)
        while try step() {}
        sqlite3_reset(pointer)
    }

    /// Binds and collects every row with `read`.
    public func rows<T>(_ values: [SQLValue] = [], _ read: (Statement) -> T) throws(SQLiteError) -> [T] {
        try bind(values)
        var out: [T] = []
        while try step() { out.append(read(self)) }
        sqlite3_reset(pointer)
        return out
    }

    /// Resets the statement after stepping it by hand, so its read lock is released.
    public func reset() { sqlite3_reset(pointer) }

    /// Whether column `index` is NULL.
    public func isNull(_ index: Int32) -> Bool { sqlite3_column_type(pointer, index) == SQLITE_NULL }
    /// Column `index` as an integer.
    public func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(pointer, index)) }
    /// Column `index` as text; nil when NULL.
    public func text(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(pointer, index) else { return nil }
        let count = Int(sqlite3_column_bytes(pointer, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
    /// Calls `body` with the UTF-8 bytes of column `index` in place (empty for NULL), without making a `String`.
    public func withText<T>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let bytes = sqlite3_column_text(pointer, index) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(pointer, index))))
    }
    /// Column `index` as bytes.
    public func blob(_ index: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(pointer, index))
        guard count > 0, let bytes = sqlite3_column_blob(pointer, index) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

/// A value bound to a statement parameter.
public enum SQLValue: Sendable, Hashable {
    /// NULL.
    case null
    /// An integer.
    case int(Int)
    /// UTF-8 text.
    case text(String)
    /// Bytes.
    case blob([UInt8])

    /// Text, or NULL for nil.
    public static func optional(_ text: String?) -> SQLValue { text.map(SQLValue.text) ?? .null }
}
