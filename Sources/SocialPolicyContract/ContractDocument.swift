import SocialPolicyCore

/// The machine-readable contract, generated from the library (issue 12 item 5): the catalogue
/// of `policy-check questions --json`, the JSON Schemas of `policy-check schema`, and
/// `Documentation/Contract.md`. Everything is read from the catalogue's `FactSpec`,
/// `ValueSpec`, `ObligationSpec` and `RuleSetVersion` values, so the documents follow the
/// code; CI fails when the committed copies are stale (`scripts/generate-contract.sh --check`).
package enum ContractDocument {
    /// The error codes a bad input can have, with what each means.
    package static let errorCodes: [(PolicyError.Code, String)] = [
        (.malformedInput, "the input is not well-formed JSON (or not UTF-8, or too large)"),
        (.missingField, "a required field or fact is absent or null"),
        (.wrongType, "a field or fact has the wrong JSON type"),
        (.unknownValue, "a string is not one of the listed enum values (or an unknown contract version)"),
        (.unknownFact, "a fact name is not one the question reads"),
        (.invalidDate, "a date is malformed or does not exist"),
        (.outOfRange, "a number is outside the range the fact allows"),
        (.unknownQuestion, "the question id is not in the catalogue"),
        (.unknownMunicipality, "the municipality is not one the library knows"),
        (.noRuleSet, "no rule set is in force on the date asked about (before 2013-01-01)"),
    ]

    // MARK: The catalogue

    /// The catalogue as one JSON document (`policy-check questions --json`).
    package static func catalogue(_ catalogue: PolicyCatalogue) -> JSONValue {
        .object([
            ("engine", .string(SocialPolicyEngine.version)),
            ("contract", .string(SocialPolicyEngine.contractVersion)),
            ("contractVersions", .array(SocialPolicyEngine.contractVersions.map { .string($0) })),
            ("outcomes", .array(Outcome.allCases.map { .string($0.rawValue) })),
            ("languages", .array(Language.allCases.map { .string($0.rawValue) })),
            ("municipalities", .array(municipalities(catalogue).map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
            ("errorCodes", .array(errorCodes.map { .object([("code", .string($0.0.rawValue)), ("meaning", .string($0.1))]) })),
            ("questions", .array(catalogue.questions.map(question))),
        ])
    }

    static func municipalities(_ catalogue: PolicyCatalogue) -> [any MunicipalPolicy] {
        catalogue.municipalities.keys.sorted().compactMap { catalogue.municipalities[$0] }
    }

    static func text(_ text: LocalizedText) -> JSONValue { .object([("da", .string(text.da)), ("en", .string(text.en))]) }

    static func question(_ question: AnyPolicyQuestion) -> JSONValue {
        .object([
            ("id", .string(question.id)),
            ("title", text(question.title)),
            ("facts", .array(question.factSpecs.map(fact))),
            ("values", .array(question.valueSpecs.map(value))),
            ("obligations", .array(question.obligationSpecs.map(obligation))),
            ("ruleSets", .array(question.ruleSets.versions.map(ruleSet))),
        ])
    }

    static func fact(_ spec: FactSpec) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("name", .string(spec.name))]
        switch spec.kind {
        case .bool: members.append(("type", .string("bool")))
        case .int(let range):
            members.append(("type", .string("int")))
            if range.lowerBound != Int.min { members.append(("minimum", .int(range.lowerBound))) }
            if range.upperBound != Int.max { members.append(("maximum", .int(range.upperBound))) }
        case .date: members.append(("type", .string("date")))
        case .enumeration: members.append(("type", .string("enum")))
        case .enumerationList: members.append(("type", .string("array of enum")))
        }
        members.append(("summary", .string(spec.kind.summary)))
        members.append(("required", .bool(spec.required)))
        members.append(("since", .string(spec.since)))
        members.append(("meaning", .string(spec.meaning)))
        if let values = enumValues(spec.kind) {
            members.append((
                "values",
                .array(
                    values.enumerated().map { index, value in
                        .object([
                            ("value", .string(value)),
                            ("meaning", .string(index < spec.valueMeanings.count ? spec.valueMeanings[index] : value)),
                        ])
                    })
            ))
        }
        return .object(members)
    }

    static func enumValues(_ kind: FactSpec.Kind) -> [String]? {
        switch kind {
        case .enumeration(let values), .enumerationList(let values): values
        default: nil
        }
    }

    static func value(_ spec: ValueSpec) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("name", .string(spec.name)), ("type", .string(spec.type)), ("since", .string(spec.since)),
            ("meaning", .string(spec.meaning)),
        ]
        if !spec.values.isEmpty {
            members.append((
                "values",
                .array(
                    spec.values.enumerated().map { index, value in
                        .object([
                            ("value", .string(value)),
                            ("meaning", .string(index < spec.valueMeanings.count ? spec.valueMeanings[index] : value)),
                        ])
                    })
            ))
        }
        return .object(members)
    }

    static func obligation(_ spec: ObligationSpec) -> JSONValue {
        .object([("code", .string(spec.code.rawValue)), ("since", .string(spec.since)), ("meaning", .string(spec.meaning))])
    }

    static func ruleSet(_ version: RuleSetVersion) -> JSONValue {
        .object([
            ("id", .string(version.id)),
            ("label", .string(version.label)),
            ("validFrom", .string(version.validFrom.description)),
            ("validTo", version.validTo.map { .string($0.description) } ?? .null),
            ("title", .string(version.title)),
            ("enactedBy", .string(version.enactedBy)),
            ("instruments", .array(version.instruments.map(instrument))),
        ])
    }

    static func instrument(_ instrument: LegalInstrument) -> JSONValue {
        .object([
            ("name", .string(instrument.name)),
            ("kind", .string(instrument.kind.rawValue)),
            ("number", instrument.number.map { .int($0) } ?? .null),
            ("issued", .string(instrument.issued.description)),
            ("appliesFrom", .string(instrument.appliesFrom.description)),
            ("title", .string(instrument.title)),
            ("eli", instrument.url.map { .string($0) } ?? .null),
            ("contains", .string(instrument.contains.rawValue)),
            ("role", .string(instrument.role.rawValue)),
        ])
    }

    // MARK: JSON Schema

    static let schemaDialect = "https://json-schema.org/draft/2020-12/schema"
    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    static func nullable(_ schema: [(key: String, value: JSONValue)]) -> JSONValue {
        .object([("anyOf", .array([.object(schema), .object([("type", .string("null"))])]))])
    }

    static func described(_ schema: [(key: String, value: JSONValue)], _ description: String, since: String? = nil)
        -> [(key: String, value: JSONValue)]
    {
        var members = schema
        members.append(("description", .string(description)))
        if let since { members.append(("x-since", .string(since))) }
        return members
    }

    static func factSchema(_ spec: FactSpec) -> JSONValue {
        var schema: [(key: String, value: JSONValue)]
        switch spec.kind {
        case .bool: schema = [("type", .string("boolean"))]
        case .int(let range):
            schema = [("type", .string("integer"))]
            if range.lowerBound != Int.min { schema.append(("minimum", .int(range.lowerBound))) }
            if range.upperBound != Int.max { schema.append(("maximum", .int(range.upperBound))) }
        case .date: schema = [("type", .string("string")), ("format", .string("date")), ("pattern", .string(datePattern))]
        case .enumeration(let values): schema = [("enum", .array(values.map { .string($0) }))]
        case .enumerationList(let values):
            schema = [("type", .string("array")), ("items", .object([("enum", .array(values.map { .string($0) }))]))]
        }
        let full = described(schema, spec.meaning, since: spec.since)
        // A fact that is absent or null is unknown; a required fact must be given.
        return spec.required ? .object(full) : nullable(full)
    }

    static func perQuestion(
        _ catalogue: PolicyCatalogue, property: String, _ definition: (AnyPolicyQuestion) -> String
    ) -> JSONValue {
        .array(
            catalogue.questions.map { question in
                .object([
                    (
                        "if",
                        .object([
                            ("properties", .object([("question", .object([("const", .string(question.id))]))])),
                            ("required", .array([.string("question")])),
                        ])
                    ),
                    (
                        "then",
                        .object([("properties", .object([(property, .object([("$ref", .string("#/$defs/\(definition(question))"))]))]))])
                    ),
                ])
            })
    }

    static var localizedText: JSONValue {
        .object([
            ("type", .string("object")),
            ("properties", .object([("da", .object([("type", .string("string"))])), ("en", .object([("type", .string("string"))]))])),
            ("minProperties", .int(1)),
            ("additionalProperties", .bool(false)),
            ("description", .string("a text in Danish and English (one of them with `policy-check serve --language`)")),
        ])
    }

    static var dateSchema: JSONValue {
        .object([("type", .string("string")), ("format", .string("date")), ("pattern", .string(datePattern))])
    }

    /// The JSON Schema of a scenario (`policy-check schema scenario`).
    package static func scenarioSchema(_ catalogue: PolicyCatalogue) -> JSONValue {
        var definitions: [(key: String, value: JSONValue)] = [("date", dateSchema)]
        definitions.append((
            "expect",
            .object([
                ("type", .string("object")),
                ("description", .string("what the decision must show; used only by `policy-check test`")),
                (
                    "properties",
                    .object([
                        ("outcome", .object([("enum", .array(Outcome.allCases.map { .string($0.rawValue) }))])),
                        ("values", .object([("type", .string("object"))])),
                        ("obligations", stringArray), ("absentObligations", stringArray), ("missingFacts", stringArray),
                        ("citations", stringArray), ("error", .object([("type", .string("string"))])),
                    ])
                ),
            ])
        ))
        for question in catalogue.questions {
            definitions.append((
                "facts-\(question.id)",
                .object([
                    ("type", .string("object")),
                    ("description", .string("the facts of \(question.id): \(question.title.en)")),
                    ("properties", .object(question.factSpecs.map { ($0.name, factSchema($0)) })),
                    ("required", .array(question.factSpecs.filter(\.required).map { .string($0.name) })),
                    ("additionalProperties", .bool(false)),
                ])
            ))
        }
        return .object([
            ("$schema", .string(schemaDialect)),
            ("$id", .string("urn:socialpolicykit:contract:\(SocialPolicyEngine.contractVersion):scenario")),
            ("title", .string("SocialPolicyKit scenario (contract \(SocialPolicyEngine.contractVersion))")),
            ("description", .string("One question about one case. Generated from the library by `policy-check schema scenario`.")),
            ("type", .string("object")),
            ("required", .array([.string("question"), .string("asOf"), .string("facts")])),
            (
                "properties",
                .object([
                    ("id", nullable([("type", .string("string"))])),
                    (
                        "contract",
                        nullable(
                            described(
                                [("enum", .array(SocialPolicyEngine.contractVersions.map { .string($0) }))],
                                "the contract version the scenario is written against", since: "1.1"))
                    ),
                    ("question", .object([("enum", .array(catalogue.questions.map { .string($0.id) }))])),
                    ("asOf", .object([("$ref", .string("#/$defs/date"))])),
                    ("municipality", nullable([("enum", .array(municipalities(catalogue).map { .string($0.id) }))])),
                    (
                        "language",
                        nullable(
                            described(
                                [("type", .string("string")), ("pattern", .string("^([dD][aA]|[eE][nN])([-_][0-9A-Za-z]{1,8})*$"))],
                                "da (default) or en, or a BCP-47 tag of either (da-DK, en-GB)"))
                    ),
                    ("facts", .object([("type", .string("object"))])),
                    ("expect", nullable([("$ref", .string("#/$defs/expect"))])),
                ])
            ),
            ("allOf", perQuestion(catalogue, property: "facts") { "facts-\($0.id)" }),
            ("$defs", .object(definitions)),
        ])
    }

    static var stringArray: JSONValue { .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))]) }

    static func valueSchema(_ spec: ValueSpec) -> JSONValue {
        let type = spec.type.lowercased()
        var schema: [(key: String, value: JSONValue)]
        if !spec.values.isEmpty, type.hasPrefix("array") {
            schema = [("type", .string("array")), ("items", .object([("enum", .array(spec.values.map { .string($0) }))]))]
        } else if !spec.values.isEmpty {
            schema = [("enum", .array(spec.values.map { .string($0) }))]
        } else if type.hasPrefix("bool") {
            schema = [("type", .string("boolean"))]
        } else if type.hasPrefix("int") {
            schema = [("type", .string("integer"))]
        } else if type.hasPrefix("number") || type.hasPrefix("hours") {
            schema = [("type", .string("number"))]
        } else if type.hasPrefix("date") {
            schema = [("$ref", .string("#/$defs/date"))]
        } else if type.hasPrefix("{") || type.contains("\"da\"") {
            schema = [("$ref", .string("#/$defs/text"))]
        } else if type.hasPrefix("string") {
            schema = [("type", .string("string"))]
        } else if type.hasPrefix("array") {
            schema = [("type", .string("array"))]
        } else {
            schema = []
        }
        return .object(described(schema, "\(spec.meaning) (\(spec.type))", since: spec.since))
    }

    /// The JSON Schema of a decision (`policy-check schema decision`), and of the error line
    /// written instead of a decision for bad input (`$defs/error`).
    package static func decisionSchema(_ catalogue: PolicyCatalogue) -> JSONValue {
        var definitions: [(key: String, value: JSONValue)] = [("date", dateSchema), ("text", localizedText)]
        let allCodes = Array(Set(catalogue.questions.flatMap { $0.obligationSpecs.map(\.code.rawValue) })).sorted()
        definitions.append((
            "obligation",
            .object([
                ("type", .string("object")),
                ("required", .array([.string("code"), .string("citation")])),
                (
                    "properties",
                    .object([
                        (
                            "code",
                            .object(
                                described(
                                    [("type", .string("string"))],
                                    "a stable obligation code; the codes each question declares: \(allCodes.joined(separator: ", "))"))
                        ),
                        ("citation", .object([("type", .string("string"))])),
                        ("due", .object([("$ref", .string("#/$defs/date"))])),
                        ("text", .object([("$ref", .string("#/$defs/text"))])),
                    ])
                ),
            ])
        ))
        definitions.append((
            "error",
            .object([
                ("type", .string("object")),
                ("description", .string("the line written instead of a decision for a scenario that is bad input")),
                ("required", .array([.string("error"), .string("code"), .string("field")])),
                (
                    "properties",
                    .object([
                        ("id", nullable([("type", .string("string"))])),
                        ("file", nullable([("type", .string("string"))])),
                        ("line", .object([("type", .string("integer"))])),
                        ("error", .object([("type", .string("string"))])),
                        ("code", .object([("enum", .array(errorCodes.map { .string($0.0.rawValue) }))])),
                        ("field", .object([("type", .string("string"))])),
                    ])
                ),
            ])
        ))
        for question in catalogue.questions {
            definitions.append((
                "values-\(question.id)",
                .object([
                    ("type", .string("object")),
                    ("description", .string("the values of \(question.id)")),
                    ("properties", .object(question.valueSpecs.map { ($0.name, valueSchema($0)) })),
                ])
            ))
        }
        return .object([
            ("$schema", .string(schemaDialect)),
            ("$id", .string("urn:socialpolicykit:contract:\(SocialPolicyEngine.contractVersion):decision")),
            ("title", .string("SocialPolicyKit decision (contract \(SocialPolicyEngine.contractVersion))")),
            ("description", .string("The answer to one scenario. Generated from the library by `policy-check schema decision`.")),
            ("type", .string("object")),
            (
                "required",
                .array(["question", "asOf", "ruleSet", "engine", "contract", "outcome", "values", "obligations", "missingFacts"].map { .string($0) })
            ),
            (
                "properties",
                .object([
                    ("id", .object([("type", .string("string"))])),
                    ("question", .object([("enum", .array(catalogue.questions.map { .string($0.id) }))])),
                    ("asOf", .object([("$ref", .string("#/$defs/date"))])),
                    (
                        "municipality",
                        .object(
                            described(
                                [("enum", .array(municipalities(catalogue).map { .string($0.id) }))],
                                "the municipality whose policy applied (absent: national law only)", since: "1.1"))
                    ),
                    ("ruleSet", .object([("type", .string("string")), ("pattern", .string("^[^@]+@[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])),
                    (
                        "engine",
                        .object(
                            described(
                                [("type", .string("string")), ("pattern", .string("^[0-9]+\\.[0-9]+\\.[0-9]+"))],
                                "the SocialPolicyKit version that decided", since: "1.1"))
                    ),
                    (
                        "contract",
                        .object(
                            described(
                                [("enum", .array(SocialPolicyEngine.contractVersions.map { .string($0) }))],
                                "the contract version the decision is written in", since: "1.1"))
                    ),
                    ("outcome", .object([("enum", .array(Outcome.allCases.map { .string($0.rawValue) }))])),
                    ("values", .object([("type", .string("object"))])),
                    ("obligations", .object([("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/obligation"))]))])),
                    ("missingFacts", stringArray),
                    ("citations", stringArray),
                    (
                        "explanation",
                        .object([
                            ("type", .string("array")),
                            (
                                "items",
                                .object([
                                    ("type", .string("object")),
                                    ("required", .array([.string("citation"), .string("holds"), .string("text")])),
                                    (
                                        "properties",
                                        .object([
                                            ("citation", .object([("type", .string("string"))])),
                                            ("holds", .object([("type", .array([.string("boolean"), .string("null")]))])),
                                            ("text", .object([("$ref", .string("#/$defs/text"))])),
                                        ])
                                    ),
                                ])
                            ),
                        ])
                    ),
                    (
                        "legalBasis",
                        .object([
                            ("type", .string("array")),
                            (
                                "items",
                                .object([
                                    ("type", .string("object")),
                                    ("required", .array([.string("citation"), .string("instrument"), .string("eli")])),
                                    (
                                        "properties",
                                        .object([
                                            ("citation", .object([("type", .string("string"))])),
                                            ("instrument", .object([("type", .array([.string("string"), .string("null")]))])),
                                            ("eli", .object([("type", .array([.string("string"), .string("null")]))])),
                                            ("amendedBy", .object([("type", .string("array"))])),
                                        ])
                                    ),
                                ])
                            ),
                        ])
                    ),
                ])
            ),
            ("allOf", perQuestion(catalogue, property: "values") { "values-\($0.id)" }),
            ("$defs", .object(definitions)),
        ])
    }

    // MARK: Markdown

    /// `Documentation/Contract.md`: the format of scenario and decision and the question
    /// catalogue as the library implements it, every addition marked with the contract version
    /// that brought it.
    package static func markdown(_ catalogue: PolicyCatalogue) -> String {
        var lines: [String] = []
        func cell(_ text: String) -> String { text.replacingPipes }
        lines += [
            "# The JSON contract, as this build implements it",
            "",
            "<!-- Generated by `policy-check contract` (scripts/generate-contract.sh); do not edit. CI fails when it is stale. -->",
            "",
            "SocialPolicyKit \(SocialPolicyEngine.version) speaks contract **\(SocialPolicyEngine.contractVersion)** and reads every earlier version (\(SocialPolicyEngine.contractVersions.joined(separator: ", "))). The contract only grows: what version `1` (`../shared/contract/`) fixed keeps its name and meaning; each addition below is marked with the version that brought it (*since 1.1*). The JSON Schemas are [`scenario.schema.json`](scenario.schema.json) and [`decision.schema.json`](decision.schema.json); the same catalogue as JSON is `policy-check questions --json`.",
            "",
            "## Scenario (input)",
            "",
            "| field | required | meaning | since |",
            "|---|---|---|---|",
            "| `id` | no | echoed in the decision (the host's case id) | 1 |",
            "| `contract` | no | the contract version the scenario is written against: \(SocialPolicyEngine.contractVersions.map { "`\($0)`" }.joined(separator: ", ")); another is bad input (`unknown-value`) | 1.1 |",
            "| `question` | yes | the question id (catalogue below) | 1 |",
            "| `asOf` | yes | the date whose law and policy apply, `YYYY-MM-DD`, from 2013-01-01 | 1 |",
            "| `municipality` | no | \(municipalities(catalogue).map { "`\($0.id)`" }.joined(separator: ", ")); absent → national law only | 1 |",
            "| `language` | no | `da` (default) or `en` for text for a person; a BCP-47 tag of either (`da-DK`, `en-GB`) is read as it | 1 (tags 1.1) |",
            "| `facts` | yes | the facts by name; absent or `null` = unknown | 1 |",
            "| `expect` | no | what the decision must show (`policy-check test`) | 1 |",
            "",
            "Unknown top-level fields are ignored; an unknown fact is bad input. A UTF-8 byte order mark before the document is accepted.",
            "",
            "## Decision (output)",
            "",
            "| field | meaning | since |",
            "|---|---|---|",
            "| `id` | the scenario's id, when it has one | 1 |",
            "| `question`, `asOf` | echoed | 1 |",
            "| `municipality` | the municipality whose policy applied; absent for national law only | 1.1 |",
            "| `ruleSet` | `<rule-set id>@<date the version took effect>` | 1 |",
            "| `engine` | the SocialPolicyKit version that decided (semantic version) | 1.1 |",
            "| `contract` | the contract version the decision is written in | 1.1 |",
            "| `outcome` | \(Outcome.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")) | 1 |",
            "| `values` | the question's values (below) | 1 |",
            "| `obligations` | `{code, citation, due?, text}` for each duty that follows | 1 |",
            "| `missingFacts` | for `undetermined`: every unknown fact that could change the outcome, most decisive first | 1 |",
            "| `citations` | every source the outcome rests on | 1 |",
            "| `explanation` | `{citation, holds: true/false/null, text}` for each rule tested, in order | 1 |",
            "| `legalBasis` | `{citation, instrument, eli, amendedBy?}`: the instrument that held each cited provision on `asOf` | 1.1 |",
            "",
            "Texts are `{\"da\": …, \"en\": …}`. `policy-check serve --no-explain` leaves out `citations`, `explanation`, `legalBasis` and the obligations' texts; `--language` keeps one language in every text.",
            "",
            "### Bad input",
            "",
            "A scenario that is bad input gives, instead of a decision, `{\"id\", \"file\" (or \"line\" in `serve`), \"error\", \"code\", \"field\"}`: `field` is the input path (`facts.decisionDate`, `asOf`), `code` one of:",
            "",
            "| code | meaning |",
            "|---|---|",
        ]
        for (code, meaning) in errorCodes { lines.append("| `\(code.rawValue)` | \(cell(meaning)) |") }
        lines += [
            "",
            "### `policy-check` exit status",
            "",
            "| status | meaning |",
            "|---|---|",
            "| 0 | all well (`serve`: the end of input was reached) |",
            "| 1 | `test`: some scenario did not meet its expectation |",
            "| 2 | bad scenario input, or input that could not be read (missing, unreadable, a broken link or symlink loop, a folder without scenarios, over 16 MiB) |",
            "| 64 | usage error: an unknown command or option, a missing value or path (`See 'policy-check --help'`) |",
            "",
            "## The questions",
            "",
        ]
        for question in catalogue.questions {
            lines.append("### `\(question.id)`")
            lines.append("")
            lines.append("*\(cell(question.title.en))* — \(cell(question.title.da))")
            lines.append("")
            lines.append("| fact | type | required | since | meaning |")
            lines.append("|---|---|---|---|---|")
            for spec in question.factSpecs {
                lines.append("| `\(spec.name)` | \(cell(typeCell(spec.kind))) | \(spec.required ? "yes" : "") | \(spec.since) | \(cell(spec.meaning)) |")
            }
            for spec in question.factSpecs where enumValues(spec.kind)?.isEmpty == false && !spec.valueMeanings.isEmpty {
                guard let values = enumValues(spec.kind) else { continue }
                let described = values.enumerated().filter { $0.offset < spec.valueMeanings.count && spec.valueMeanings[$0.offset] != $0.element }
                guard !described.isEmpty else { continue }
                lines.append("")
                lines.append("`\(spec.name)` values:")
                lines.append("")
                for (index, value) in described { lines.append("- `\(value)` — \(cell(spec.valueMeanings[index]))") }
            }
            if !question.valueSpecs.isEmpty {
                lines.append("")
                lines.append("| value | type | since | meaning |")
                lines.append("|---|---|---|---|")
                for spec in question.valueSpecs {
                    lines.append("| `\(spec.name)` | \(cell(spec.type)) | \(spec.since) | \(cell(spec.meaning)) |")
                }
            }
            if !question.obligationSpecs.isEmpty {
                lines.append("")
                lines.append("| obligation | since | meaning |")
                lines.append("|---|---|---|")
                for spec in question.obligationSpecs {
                    lines.append("| `\(spec.code.rawValue)` | \(spec.since) | \(cell(spec.meaning)) |")
                }
            }
            lines.append("")
            lines.append("Rule sets:")
            lines.append("")
            for version in question.ruleSets.versions {
                let period = "\(version.validFrom) – \(version.validTo.map(\.description) ?? "")"
                let instruments = version.instruments.map(\.name).joined(separator: "; ")
                lines.append("- `\(version.label)` (\(period)): \(cell(version.title))\(instruments.isEmpty ? "" : " — \(cell(instruments))")")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func typeCell(_ kind: FactSpec.Kind) -> String {
        switch kind {
        case .enumeration(let values): "enum: " + values.map { "`\($0)`" }.joined(separator: ", ")
        case .enumerationList(let values): "array of enum: " + values.map { "`\($0)`" }.joined(separator: ", ")
        default: kind.summary
        }
    }
}

extension String {
    /// The text safe for one Markdown table cell: `|` escaped, line breaks as spaces.
    var replacingPipes: String {
        var result = ""
        for character in self {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}

extension JSONValue {
    /// The value as indented JSON (two spaces, keys in order, a newline at the end of nothing):
    /// for the generated files a person reviews in a diff.
    package var prettyPrinted: String {
        var output = ""
        writePretty(to: &output, indent: 0)
        return output
    }

    private func writePretty(to output: inout String, indent: Int) {
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch self {
        case .array(let items) where !items.isEmpty:
            output += "[\n"
            for (offset, item) in items.enumerated() {
                output += inner
                item.writePretty(to: &output, indent: indent + 1)
                output += offset + 1 < items.count ? ",\n" : "\n"
            }
            output += outer + "]"
        case .object(let members) where !members.isEmpty:
            output += "{\n"
            for (offset, member) in members.enumerated() {
                output += inner
                JSONValue.string(member.key).write(to: &output)
                output += ": "
                member.value.writePretty(to: &output, indent: indent + 1)
                output += offset + 1 < members.count ? ",\n" : "\n"
            }
            output += outer + "}"
        default:
            write(to: &output)
        }
    }
}
