import Foundation

/// The layout of a corpus store (қойма сызбасы), versioned: a store of another version is rebuilt.
///
/// Documented with example queries in the DocC article "The corpus store".
public enum StoreSchema {
    /// `PRAGMA application_id`: "NUSQ", so a foreign SQLite file is told apart from a store.
    public static let applicationID: Int32 = 0x4E55_5351
    /// `PRAGMA user_version`: bumped whenever a table or what a row means changes.
    public static let version = 5

    /// The build of the running program: the size and mtime of its executable. Rows are what this build's
    /// parser and consolidation computed, so a store written by another build is rebuilt.
    public static let program: String = {
        // `stat` follows /proc/self/exe to the executable itself; the other spellings are asked only without it (macOS).
        if let stamp = fileStat("/proc/self/exe") { return "\(stamp.size):\(stamp.mtime)" }
        let candidates = [Bundle.main.executablePath, CommandLine.arguments.first].compactMap { $0 }
        for path in candidates {
            let resolved = (path as NSString).resolvingSymlinksInPath
            if let stamp = fileStat(resolved) { return "\(stamp.size):\(stamp.mtime)" }
        }
        return "unknown"
    }()

    /// The tables, indexes and the full-text index.
    public static let tables = """
        CREATE TABLE meta(
            key TEXT PRIMARY KEY,       -- program: the nusqa build that wrote the rows (size and mtime of its executable);
                                        -- folder: the acts/ folder's mtime at the last check of every file
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE files(
            name TEXT PRIMARY KEY,      -- a file under acts/: a sidecar or a text
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,     -- nanoseconds since 1970
            hash INTEGER NOT NULL       -- 64-bit FNV-1a of the bytes
        ) WITHOUT ROWID;
        CREATE TABLE acts(
            sidecar TEXT PRIMARY KEY,   -- <id>.json
            id TEXT,                    -- NULL when the sidecar cannot be read
            kind TEXT, number TEXT, signed TEXT, registration TEXT, published TEXT, issuer TEXT,
            title TEXT,                 -- the sidecar's title
            text_title TEXT,            -- the title read from the text
            text_file TEXT,             -- the text file named by the sidecar
            has_text INTEGER NOT NULL DEFAULT 0,
            loaded INTEGER NOT NULL DEFAULT 0,    -- 1: the sidecar and its text load (else a finding says why)
            duplicate INTEGER NOT NULL DEFAULT 0, -- 1: an earlier sidecar (by name) has the same id; left out
            is_amending INTEGER NOT NULL DEFAULT 0,
            target TEXT,                -- for an amending act: the id of the act it amends
            patch_count INTEGER NOT NULL DEFAULT 0,
            instruction_count INTEGER NOT NULL DEFAULT 0,
            metadata BLOB,              -- the sidecar's bytes
            rows_exact INTEGER NOT NULL DEFAULT 0, -- 1: every edition is its versions in (ord, occurrence) order
            root_gap INTEGER NOT NULL DEFAULT 0    -- 1: the act's text is not in corpus (its root is a gap)
        );
        CREATE INDEX acts_id ON acts(id);
        CREATE INDEX acts_number ON acts(number);
        CREATE INDEX acts_registration ON acts(registration);
        CREATE INDEX acts_target ON acts(target);
        CREATE TABLE links(
            source TEXT NOT NULL,       -- the act whose text refers
            target TEXT NOT NULL,       -- the act referred to
            relation TEXT NOT NULL      -- amends | cites
        );
        CREATE INDEX links_source ON links(source);
        CREATE INDEX links_target ON links(target);
        CREATE TABLE lookups(
            act TEXT NOT NULL,          -- the amending act whose reading asked
            key TEXT NOT NULL,          -- registration:… number:… named:…
            result TEXT                 -- the id found, NULL when none
        );
        CREATE INDEX lookups_act ON lookups(act);
        CREATE INDEX lookups_key ON lookups(key);
        CREATE TABLE patches(
            act TEXT NOT NULL, seq INTEGER NOT NULL,
            target_act TEXT, operation TEXT NOT NULL, target_clause TEXT NOT NULL,
            effective TEXT, estimated INTEGER NOT NULL,   -- effective: NULL when the order gives no readable date
            line INTEGER NOT NULL, col INTEGER NOT NULL, end_line INTEGER NOT NULL, end_col INTEGER NOT NULL,
            abzac_from INTEGER NOT NULL, abzac_to INTEGER NOT NULL,
            instruction TEXT NOT NULL,
            PRIMARY KEY(act, seq)
        ) WITHOUT ROWID;
        CREATE TABLE findings(
            sidecar TEXT NOT NULL,      -- the act (by sidecar) the finding belongs to
            part INTEGER NOT NULL,      -- 0 loading the sidecar, 1 the text and its reading, 2 the timeline (notes, unapplied)
            seq INTEGER NOT NULL,
            file TEXT NOT NULL, in_acts INTEGER NOT NULL,  -- in_acts: file is relative to acts/
            severity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,
            line INTEGER, col INTEGER, with_location INTEGER NOT NULL,
            PRIMARY KEY(sidecar, part, seq)
        ) WITHOUT ROWID;
        CREATE TABLE act_ids(
            key INTEGER PRIMARY KEY,    -- how versions and changes name the act
            id TEXT NOT NULL UNIQUE     -- the act's id, e.g. V2000021844; a key is never reused
        );
        CREATE TABLE clause_ids(
            key INTEGER PRIMARY KEY,    -- how versions and changes name the clause
            clause TEXT NOT NULL UNIQUE -- a clause id, e.g. annex_1__item_2: one row however many acts have it
        );
        CREATE TABLE codes(
            field TEXT NOT NULL,        -- kind | status | content | operation: the versions or changes column
            code INTEGER NOT NULL,      -- the number stored there
            name TEXT NOT NULL,         -- what it means, e.g. item, in-force, not-in-corpus, replace
            PRIMARY KEY(field, code)
        ) WITHOUT ROWID;
        CREATE TABLE wordings(
            id INTEGER PRIMARY KEY,
            hash INTEGER NOT NULL,      -- 32-bit FNV-1a of heading and text: one row per distinct wording
            heading TEXT, text TEXT NOT NULL
        );
        CREATE INDEX wordings_hash ON wordings(hash);
        CREATE TABLE versions(
            id INTEGER PRIMARY KEY,     -- act_ids.key × 2^24 + the version's place in (ord, occurrence) order:
                                        -- an act's versions are one rowid range, in document order
            clause INTEGER NOT NULL,    -- clause_ids.key
            occurrence INTEGER NOT NULL,-- 1, or 2… when a text repeats a number
            ord INTEGER NOT NULL,       -- document order within the act, across all editions
            valid_from INTEGER,         -- first day in force, a day number (days since 1970-01-01); NULL: the text before any change
            valid_to INTEGER,           -- first day no longer in force, a day number; NULL: still in force
            estimated INTEGER NOT NULL, -- the dates rest on an estimated publication date
            kind INTEGER NOT NULL, status INTEGER NOT NULL, content INTEGER NOT NULL, -- codes
            inserted INTEGER NOT NULL,
            pending_from INTEGER,       -- status not-yet-in-force: the day number its wording takes effect
            keeps_wording INTEGER NOT NULL DEFAULT 0, -- status not-yet-in-force: the previous wording stays until then
            wording INTEGER NOT NULL,   -- wordings.id
            amended_by INTEGER,         -- the last change that touched this unit: act_ids.key of the amending act
            operation INTEGER           -- and its operation (codes)
        );
        CREATE INDEX versions_wording ON versions(wording);
        CREATE VIEW clause_versions AS
            SELECT v.id AS rowid, a.id AS act, c.clause, v.occurrence, v.ord,
                date(v.valid_from * 86400, 'unixepoch') AS valid_from, date(v.valid_to * 86400, 'unixepoch') AS valid_to, v.estimated,
                (SELECT name FROM codes WHERE field = 'kind' AND code = v.kind) AS kind,
                (SELECT name FROM codes WHERE field = 'status' AND code = v.status) AS status,
                (SELECT name FROM codes WHERE field = 'content' AND code = v.content) AS content,
                v.inserted, date(v.pending_from * 86400, 'unixepoch') AS pending_from, v.keeps_wording, w.heading, w.text,
                (SELECT id FROM act_ids WHERE key = v.amended_by) AS amended_by,
                (SELECT name FROM codes WHERE field = 'operation' AND code = v.operation) AS operation, v.wording
            FROM versions v JOIN act_ids a ON a.key = v.id >> 24 JOIN clause_ids c ON c.key = v.clause JOIN wordings w ON w.id = v.wording;
        CREATE TABLE changes(
            act INTEGER NOT NULL,       -- act_ids.key of the act changed
            seq INTEGER NOT NULL,       -- timeline order
            source INTEGER NOT NULL,    -- act_ids.key of the amending act
            instruction INTEGER NOT NULL, -- the patch's number in it (patches.seq)
            operation INTEGER NOT NULL, -- codes
            target INTEGER NOT NULL,    -- clause_ids.key
            effective INTEGER NOT NULL, -- a day number
            estimated INTEGER NOT NULL,
            instruction_text TEXT,      -- NULL: the same as patches.instruction
            PRIMARY KEY(act, seq)
        ) WITHOUT ROWID;
        CREATE TABLE timeline_changes(
            act INTEGER PRIMARY KEY,    -- act_ids.key of the act changed
            changes BLOB NOT NULL       -- every change aimed at it, undated and unapplied ones too, in consolidation order: the
                                        -- amending acts' patches with their payloads and dates (ChangeCodec, private to one build);
                                        -- show, versions and history build the timeline from it without reading the instructions
        );
        CREATE VIRTUAL TABLE clause_text USING fts5(
            heading, text, content='wordings', content_rowid='id',
            tokenize='unicode61 remove_diacritics 0', columnsize=0);
        CREATE TRIGGER wordings_ai AFTER INSERT ON wordings BEGIN
            INSERT INTO clause_text(rowid, heading, text) VALUES (new.id, new.heading, new.text);
        END;
        CREATE TRIGGER wordings_ad AFTER DELETE ON wordings BEGIN
            INSERT INTO clause_text(clause_text, rowid, heading, text) VALUES ('delete', old.id, old.heading, old.text);
        END;
        """
}
