/// A human language the library writes in.
public enum Language: String, Sendable, CaseIterable, Hashable {
    /// Danish — the default, and the language of the law.
    case danish = "da"
    /// English.
    case english = "en"
}

/// A text in Danish and English: every explanation, obligation and guidance carries both.
///
/// Danish is the authoritative text a citizen reads; English is for staff and auditors who do
/// not read Danish. Neither is a legal translation of the statute.
public struct LocalizedText: Sendable, Hashable {
    /// The Danish text.
    public var da: String
    /// The English text.
    public var en: String

    /// Creates a text from its Danish and English forms.
    public init(da: String, en: String) {
        self.da = da
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .danish: da
        case .english: en
        }
    }
}
