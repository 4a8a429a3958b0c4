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
    /// - Complexity: O(n), one pass over the UTF-8 bytes; a text with nothing to escape is returned as is.
    static func escape(_ text: String) -> String {
        var text = text
        let escaped: String? = text.withUTF8 { bytes in
            var out: [UInt8] = []
            var copied = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                var value: UInt32?
                var width = 1
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F {
                    value = UInt32(byte)
                } else if byte == 0xC2, index + 1 < count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
                    value = UInt32(bytes[index + 1])
                    width = 2
                } else if byte == 0xD8, index + 1 < count, bytes[index + 1] == 0x9C {
                    value = 0x061C
                    width = 2
                } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                    let scalar = 0x2000 + (UInt32(bytes[index + 1] & 0x3F) << 6) + UInt32(bytes[index + 2] & 0x3F)
                    if isUnsafe(scalar) {
                        value = scalar
                        width = 3
                    }
                }
                guard let value else {
                    index += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(count + 16) }
                out.append(contentsOf: bytes[copied..<index])
                out.append(contentsOf: Array("\\u{\(String(value, radix: 16, uppercase: true))}".utf8))
                index += width
                copied = index
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: bytes[copied..<count])
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }
}
