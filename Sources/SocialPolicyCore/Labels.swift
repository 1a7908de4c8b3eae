// Words for contract codes in the human-readable text (issue 12 item 9): a Danish text shows
// a Danish word where the contract has a code. Areas fill the labels of their enums and facts;
// until one does, the text shows the code.

extension FactEnum {
    /// The raw value in both languages, until the enum gives words of its own.
    public var label: LocalizedText { LocalizedText(da: rawValue, en: rawValue) }
}

extension FactSpec {
    /// The same specification with its name in words for the human-readable text.
    public func labelled(da: String, en: String) -> FactSpec {
        var copy = self
        copy.label = LocalizedText(da: da, en: en)
        return copy
    }
}
