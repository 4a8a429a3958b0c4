/// Text made safe for a terminal (терминалға қауіпсіз мәтін): control characters shown, not obeyed.
///
/// Input texts come from anywhere; an ESC in a text must not reach the reader's terminal as an
/// escape sequence. Every human-readable output and diagnostic goes through ``escape(_:)``: C0 and
/// C1 controls other than tab and newline, DEL, the line and paragraph separators (U+2028, U+2029)
/// and the bidirectional controls (which reorder what a terminal shows) print as `\u{1B}`.
enum TerminalText {
    /// Whether the scalar `value` is shown escaped.
    static func isUnsafe(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// `text` with every unsafe scalar written `\u{HEX}`.
    /// - Complexity: O(n); a text with no byte that can start an unsafe scalar is returned as is.
    static func escape(_ text: String) -> String {
        // Unsafe scalars start with a C0 byte, DEL, 0xC2 (U+0080…), 0xD8 (U+061C) or 0xE2 (U+2000…).
        let mayNeed = text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
        }
        guard mayNeed else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar.value) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
