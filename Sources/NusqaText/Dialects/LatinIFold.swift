import NusqaCore

/// Folds Latin "i"/"I" to Kazakh "і"/"І" for matching only, keeping case (салыстыру үшін):
/// upper-case formulas ("ҚАУЛЫ ЕТЕДI") still match upper case. The folded text is never shown;
/// `NusqaLanguage.KazakhFold` is the full, lower-casing fold.
package enum LatinIFold {
    /// `text` with Latin i/I replaced by Kazakh і/І; returned unchanged when it holds no Latin i.
    package static func fold(_ text: String) -> String {
        guard text.containsByte(0x69) || text.containsByte(0x49) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i": out.unicodeScalars.append("і")
            case "I": out.unicodeScalars.append("І")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
