import SocialPolicyCore

/// The contract's JSON form of a `Decision`.
public enum DecisionJSON: Sendable {
    /// The decision as the contract's JSON object, keys in the contract's order — the same JSON
    /// value as the decision's `Codable` form.
    ///
    /// - Parameter decision: The decision.
    /// - Parameter explain: `false` for the answer without its explanation
    ///   (`policy-check serve --no-explain`): the obligations without their texts, and no
    ///   `citations`, `explanation` or `legalBasis`.
    /// - Parameter language: Write every text in this language only (`{"da": …}`); `nil` (the
    ///   contract's form) writes both.
    public static func json(_ decision: Decision, explain: Bool = true, language: Language? = nil) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let id = decision.id { members.append(("id", .string(id))) }
        members.append(("question", .string(decision.question)))
        members.append(("asOf", .string(decision.asOf.description)))
        if let municipality = decision.municipality { members.append(("municipality", .string(municipality))) }
        members.append(("ruleSet", .string(decision.ruleSet)))
        members.append(("engine", .string(decision.engine)))
        members.append(("contract", .string(decision.contract)))
        members.append(("outcome", .string(decision.outcome.rawValue)))
        members.append(("values", .object(decision.values.map { ($0.key, json($0.value)) })))
        members.append((
            "obligations",
            .array(
                decision.obligations.map { obligation in
                    var fields: [(key: String, value: JSONValue)] = [
                        ("code", .string(obligation.code.rawValue)),
                        ("citation", .string(obligation.citation.description)),
                    ]
                    if let due = obligation.due { fields.append(("due", .string(due.description))) }
                    if explain { fields.append(("text", text(obligation.text, language))) }
                    return .object(fields)
                })
        ))
        members.append(("missingFacts", .array(decision.missingFacts.map { .string($0) })))
        guard explain else { return .object(members) }
        members.append(("citations", .array(decision.citations.map { .string($0.description) })))
        members.append((
            "explanation",
            .array(
                decision.explanation.map { step in
                    .object([
                        ("citation", .string(step.citation.description)),
                        ("holds", step.holds.map { .bool($0) } ?? .null),
                        ("text", text(step.text, language)),
                    ])
                })
        ))
        members.append(("legalBasis", .array(decision.legalBasis.map { legalBasis($0) })))
        return .object(members)
    }

    /// One `legalBasis` entry: the citation, the instrument that held it on `asOf` (its name
    /// and ELI URL) and any amending acts in force since.
    static func legalBasis(_ entry: LegalBasis) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [("citation", .string(entry.citation.description))]
        fields.append(("instrument", entry.instrument.map { .string($0.name) } ?? .null))
        fields.append(("eli", entry.instrument?.url.map { .string($0) } ?? .null))
        if !entry.amendedBy.isEmpty {
            fields.append((
                "amendedBy",
                .array(entry.amendedBy.map { .object([("instrument", .string($0.name)), ("eli", $0.url.map { .string($0) } ?? .null)]) })
            ))
        }
        return .object(fields)
    }

    /// A value as JSON.
    public static func json(_ value: DecisionValue) -> JSONValue {
        switch value {
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .number(let number): .number(number)
        case .string(let string): .string(string)
        case .date(let date): .string(date.description)
        case .text(let localized): text(localized)
        case .array(let items): .array(items.map { json($0) })
        case .object(let fields): .object(fields.map { ($0.key, json($0.value)) })
        }
    }

    static func text(_ text: LocalizedText, _ language: Language? = nil) -> JSONValue {
        switch language {
        case nil: .object([("da", .string(text.da)), ("en", .string(text.en))])
        case .danish?: .object([("da", .string(text.da))])
        case .english?: .object([("en", .string(text.en))])
        }
    }

    /// The contract's error line for a scenario that is bad input:
    /// `{"id", "file", "error", "code", "field"}` (`file` left out when there is none, as in
    /// `policy-check serve`, which writes `line` instead).
    public static func errorLine(id: String?, file: String?, error: PolicyError, line: Int? = nil) -> String {
        var members: [(key: String, value: JSONValue)] = []
        members.append(("id", id.map { .string($0) } ?? .null))
        if let line { members.append(("line", .int(line))) } else { members.append(("file", file.map { .string($0) } ?? .null)) }
        members.append(("error", .string(error.description)))
        members.append(("code", .string(error.code.rawValue)))
        members.append(("field", .string(error.field)))
        return JSONValue.object(members).serialized
    }
}
