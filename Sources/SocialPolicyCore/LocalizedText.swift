/// A human language the library writes in.
///
/// The raw values are the contract's codes (`da`, `en`); ``init(tag:)`` also reads BCP-47
/// language tags with a region or script (`da-DK`, `en-GB`, `en-Latn-US`), as a host's locale
/// gives them.
///
/// A host whose own code has a type named `Language` writes ours as `SocialPolicyKit.Language`.
public enum Language: String, Sendable, CaseIterable, Hashable {
    /// Danish — the default, and the language of the law.
    case danish = "da"
    /// English.
    case english = "en"

    /// Reads a BCP-47 language tag: its primary language subtag decides (`da`, `da-DK` →
    /// Danish; `en`, `en-GB`, `en-US` → English), case-insensitively; `_` is read as `-` (POSIX
    /// locale names such as `da_DK`). Returns `nil` for any other language and for a malformed
    /// tag (an empty subtag, a subtag longer than 8 characters or not alphanumeric).
    public init?(tag: some StringProtocol) {
        var subtags: [Substring] = []
        var current = Substring("")
        let text = Substring(tag)
        var start = text.startIndex
        for index in text.indices where text[index] == "-" || text[index] == "_" {
            subtags.append(text[start..<index])
            start = text.index(after: index)
        }
        current = text[start...]
        subtags.append(current)
        guard subtags.count <= 8 else { return nil }
        for subtag in subtags {
            guard (1...8).contains(subtag.utf8.count),
                subtag.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
            else { return nil }
        }
        switch subtags[0].lowercased() {
        case "da": self = .danish
        case "en": self = .english
        default: return nil
        }
    }

    /// The contract's code, which is also the BCP-47 tag (`da`, `en`).
    public var tag: String { rawValue }
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
