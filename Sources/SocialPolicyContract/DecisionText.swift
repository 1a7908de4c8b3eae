import SocialPolicyCore

/// A decision as short plain text for a caseworker, in Danish or English.
public enum DecisionText: Sendable {
    /// The outcome in words.
    public static func outcome(_ outcome: Outcome, in language: Language) -> String {
        switch (outcome, language) {
        case (.permitted, .danish): "TILLADT"
        case (.denied, .danish): "IKKE TILLADT"
        case (.undetermined, .danish): "KAN IKKE AFGØRES – der mangler oplysninger"
        case (.notApplicable, .danish): "IKKE OMFATTET af reglerne"
        case (.determined, .danish): "FASTLAGT"
        case (.permitted, .english): "PERMITTED"
        case (.denied, .english): "DENIED"
        case (.undetermined, .english): "UNDETERMINED – facts are missing"
        case (.notApplicable, .english): "NOT APPLICABLE – the rules do not govern this case"
        case (.determined, .english): "DETERMINED"
        }
    }

    /// A value in words (booleans as ja/nej or yes/no; in Danish, the contract's codes as
    /// Danish words where the library has them).
    public static func value(_ value: DecisionValue, in language: Language) -> String {
        switch value {
        case .bool(let flag): language == .danish ? (flag ? "ja" : "nej") : (flag ? "yes" : "no")
        case .int(let number): String(number)
        case .number(let number): JSONValue.format(number)
        case .string(let text): language == .danish ? DanishVocabulary.word(for: text) ?? text : text
        case .date(let date): date.description
        case .text(let text): text.text(in: language)
        case .array(let items): items.map { self.value($0, in: language) }.joined(separator: ", ")
        case .object(let fields):
            fields.map { field in
                language == .danish
                    ? "\(DanishVocabulary.name(for: field.key) ?? field.key): \(self.value(field.value, in: language))"
                    : self.value(field.value, in: language)
            }.joined(separator: language == .danish ? "; " : " ")
        }
    }

    /// The name of a value or a fact in words: in Danish the library's Danish name, in English
    /// the contract name.
    public static func name(_ code: String, in language: Language) -> String {
        language == .danish ? DanishVocabulary.name(for: code) ?? code : code
    }

    /// The whole decision as a few lines of text.
    public static func render(_ decision: Decision, in language: Language) -> String {
        let da = language == .danish
        var lines: [String] = []
        let title = decision.id.map { "\($0) · " } ?? ""
        lines.append("\(title)\(decision.question) · \(da ? "dato" : "date") \(decision.asOf) · \(da ? "regler" : "rules") \(decision.ruleSet)")
        lines.append("\(da ? "Resultat" : "Outcome"): \(outcome(decision.outcome, in: language))")
        if !decision.values.isEmpty {
            lines.append(da ? "Værdier:" : "Values:")
            for field in decision.values {
                lines.append("  \(name(field.key, in: language)): \(value(field.value, in: language))")
            }
        }
        if !decision.missingFacts.isEmpty {
            let missing = decision.missingFacts.map { name($0, in: language) }
            lines.append("\(da ? "Spørg først om" : "Ask first for"): \(missing.joined(separator: ", "))")
        }
        if !decision.obligations.isEmpty {
            lines.append(da ? "Pligter:" : "Obligations:")
            for obligation in decision.obligations {
                let due = obligation.due.map { da ? ", senest \($0)" : ", due \($0)" } ?? ""
                lines.append("  • \(obligation.text.text(in: language)) (\(obligation.citation)\(due))")
            }
        }
        if !decision.explanation.isEmpty {
            lines.append(da ? "Begrundelse:" : "Reasons:")
            for step in decision.explanation {
                let mark: String
                switch step.holds {
                case true?: mark = "✓"
                case false?: mark = "✗"
                case nil: mark = "?"
                }
                lines.append("  \(mark) \(step.citation): \(step.text.text(in: language))")
            }
        }
        let instruments = decision.instruments
        if !instruments.isEmpty {
            lines.append(da ? "Retsgrundlag:" : "Law applied:")
            for instrument in instruments {
                lines.append("  \(instrument.name)" + (instrument.url.map { " — \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The catalogue of questions and their facts, for `policy-check questions`.
    public static func catalogue(_ catalogue: PolicyCatalogue, in language: Language) -> String {
        var lines: [String] = []
        for question in catalogue.questions {
            lines.append("\(question.id) — \(question.title.text(in: language))")
            let versions = question.ruleSets.versions.map(\.label).joined(separator: ", ")
            lines.append("  \(language == .danish ? "regelsæt" : "rule sets"): \(versions)")
            for fact in question.factSpecs {
                let required = fact.required ? (language == .danish ? " (påkrævet)" : " (required)") : ""
                lines.append("  \(fact.name): \(fact.kind.summary)\(required) — \(fact.meaning)")
            }
            lines.append("")
        }
        let codes = catalogue.municipalities.keys.sorted().joined(separator: ", ")
        lines.append("\(language == .danish ? "kommuner" : "municipalities"): \(codes.isEmpty ? "-" : codes)")
        return lines.joined(separator: "\n")
    }
}
