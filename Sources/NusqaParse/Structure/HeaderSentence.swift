import NusqaCore

/// The registration header sentence of an order (тіркеу сөйлемі):
/// "Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 30 қазандағы № 127 бұйрығы.
/// Қазақстан Республикасының Әділет министрлігінде 2025 жылғы 31 қазанда № 37290 болып тіркелді".
enum HeaderSentence {
    /// Whether `text` is such a header.
    static func looksLikeHeader(_ text: String) -> Bool {
        text.containsBytes(of: "бұйрығы.") && text.containsBytes(of: "болып тіркелді")
    }
}
