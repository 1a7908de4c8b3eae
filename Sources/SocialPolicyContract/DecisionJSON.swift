import SocialPolicyCore

/// The contract's JSON form of a ``Decision``.
public enum DecisionJSON {
    /// The decision as the contract's JSON object, keys in the contract's order.
    public static func json(_ decision: Decision) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let id = decision.id { members.append(("id", .string(id))) }
        members.append(("question", .string(decision.question)))
        members.append(("asOf", .string(decision.asOf.description)))
        members.append(("ruleSet", .string(decision.ruleSet)))
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
                    fields.append(("text", text(obligation.text)))
                    return .object(fields)
                })
        ))
        members.append(("missingFacts", .array(decision.missingFacts.map { .string($0) })))
        members.append(("citations", .array(decision.citations.map { .string($0.description) })))
        members.append((
            "explanation",
            .array(
                decision.explanation.map { step in
                    .object([
                        ("citation", .string(step.citation.description)),
                        ("holds", step.holds.map { .bool($0) } ?? .null),
                        ("text", text(step.text)),
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

    static func text(_ text: LocalizedText) -> JSONValue {
        .object([("da", .string(text.da)), ("en", .string(text.en))])
    }

    /// The contract's error line for a scenario that is bad input.
    public static func errorLine(id: String?, file: String?, error: PolicyError) -> String {
        var members: [(key: String, value: JSONValue)] = []
        members.append(("id", id.map { .string($0) } ?? .null))
        members.append(("file", file.map { .string($0) } ?? .null))
        members.append(("error", .string(error.description)))
        members.append(("code", .string(error.code.rawValue)))
        members.append(("field", .string(error.field)))
        return JSONValue.object(members).serialized
    }
}
