// Codable conformances of the contract's value types (issue 12 item 4), with the standard
// library's protocols only — the library still needs no Foundation. Each type encodes to and
// decodes from exactly its form in the JSON contract (`Documentation/Contract.md`), and a
// decoding failure is a `PolicyError` naming the field, as the library's own JSON path reports
// it: `wrong-type` for a wrong JSON type, `missing-field` for an absent required field,
// `invalid-date`, `unknown-value` … — whichever decoder (Foundation's `JSONDecoder`, a
// host's own) is used.

/// A coding key made from any string or index.
package struct AnyCodingKey: CodingKey, Hashable, Sendable {
    package let stringValue: String
    package let intValue: Int?
    package init(_ string: String) {
        self.stringValue = string
        self.intValue = nil
    }
    package init?(stringValue: String) { self.init(stringValue) }
    package init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension PolicyError {
    /// The contract's path of a coding path: `facts.year`, `obligations[2].due`; `json` at
    /// the top level.
    package static func field(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "json" : text
    }

    /// A decoder's error as the library's error: the same code and field the library's own JSON
    /// path reports for the same input. A `PolicyError` passes through.
    package static func from(decoding error: any Error, at path: [any CodingKey] = []) -> PolicyError {
        if let error = error as? PolicyError { return error }
        guard let error = error as? DecodingError else {
            return PolicyError(code: .malformedInput, field: field(path), message: "\(error)")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return PolicyError(
                code: .wrongType, field: field(context.codingPath), message: "expected \(PolicyError.jsonType(type))")
        case .valueNotFound(let type, let context):
            return PolicyError(
                code: .missingField, field: field(context.codingPath),
                message: "required field is missing or null (expected \(PolicyError.jsonType(type)))")
        case .keyNotFound(let key, let context):
            return PolicyError(code: .missingField, field: field(context.codingPath + [key]), message: "required field is missing")
        case .dataCorrupted(let context):
            return PolicyError(code: .malformedInput, field: field(context.codingPath), message: context.debugDescription)
        @unknown default:
            return PolicyError(code: .malformedInput, field: field(path), message: "\(error)")
        }
    }

    private static func jsonType(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: "a boolean"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        default: "a JSON value of type \(type)"
        }
    }
}

/// Runs `body`, turning a decoder's error into the library's ``PolicyError``.
package func decodingPolicy<T>(_ decoder: any Decoder, _ body: () throws -> T) throws(PolicyError) -> T {
    do {
        return try body()
    } catch {
        throw PolicyError.from(decoding: error, at: decoder.codingPath)
    }
}

/// Reads a string from a decoder, with the library's error for anything else.
private func decodeString(_ decoder: any Decoder) throws(PolicyError) -> String {
    try decodingPolicy(decoder) {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            throw PolicyError(code: .missingField, field: PolicyError.field(decoder.codingPath), message: "expected a string, got null")
        }
        return try container.decode(String.self)
    }
}

// MARK: - Dates, codes and texts

extension CivilDate: Codable {
    /// Reads the contract's `YYYY-MM-DD`.
    ///
    /// - Throws: ``PolicyError`` `invalid-date` for another shape or a day that does not exist,
    ///   `wrong-type` for a value that is not a string.
    public init(from decoder: any Decoder) throws {
        let text = try decodeString(decoder)
        guard let date = CivilDate(parsing: text) else {
            throw PolicyError(
                code: .invalidDate, field: PolicyError.field(decoder.codingPath),
                message: "\"\(text.prefix(40))\" is not a valid date; expected YYYY-MM-DD")
        }
        self = date
    }

    /// Writes the contract's `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Outcome: Codable {
    /// Reads one of the contract's outcome words.
    public init(from decoder: any Decoder) throws {
        let text = try decodeString(decoder)
        guard let outcome = Outcome(rawValue: text) else {
            throw PolicyError(
                code: .unknownValue, field: PolicyError.field(decoder.codingPath),
                message: "\"\(text.prefix(40))\" is not an outcome; expected one of: \(Outcome.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = outcome
    }

    /// Writes the outcome word.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Language: Codable {
    /// Reads `da` or `en`, or a BCP-47 tag of either (``init(tag:)``).
    public init(from decoder: any Decoder) throws {
        let text = try decodeString(decoder)
        guard let language = Language(tag: text) else {
            throw PolicyError(
                code: .unknownValue, field: PolicyError.field(decoder.codingPath),
                message: "expected da or en (or a BCP-47 tag such as da-DK or en-GB)")
        }
        self = language
    }

    /// Writes the contract's code (`da`, `en`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension ObligationCode: Codable {
    /// Reads the code's spelling.
    public init(from decoder: any Decoder) throws { self.init(try decodeString(decoder)) }

    /// Writes the code's spelling.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension LocalizedText: Codable {
    private enum Keys: String, CodingKey { case da, en }

    /// Reads `{"da": …, "en": …}`; both are required.
    public init(from decoder: any Decoder) throws {
        let (da, en) = try decodingPolicy(decoder) {
            let container = try decoder.container(keyedBy: Keys.self)
            return (try container.decode(String.self, forKey: .da), try container.decode(String.self, forKey: .en))
        }
        self.init(da: da, en: en)
    }

    /// Writes `{"da": …, "en": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(da, forKey: .da)
        try container.encode(en, forKey: .en)
    }
}

extension PolicyError: Codable {
    private enum Keys: String, CodingKey { case code, field, message }

    /// Reads `{"code": …, "field": …, "message": …}`.
    public init(from decoder: any Decoder) throws {
        let (code, field, message) = try decodingPolicy(decoder) {
            let container = try decoder.container(keyedBy: Keys.self)
            return (
                try container.decode(String.self, forKey: .code), try container.decode(String.self, forKey: .field),
                try container.decodeIfPresent(String.self, forKey: .message) ?? ""
            )
        }
        self.init(code: Code(rawValue: code), field: field, message: message)
    }

    /// Writes `{"code": …, "field": …, "message": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(code.rawValue, forKey: .code)
        try container.encode(field, forKey: .field)
        try container.encode(message, forKey: .message)
    }
}

// MARK: - Citations

extension Citation.Source {
    /// The sources the library cites, for reading citations back from their text.
    package static let known: [Citation.Source] = [
        .sel, .rsl, .fvl, .strfl, .bl, .pl, .dbl, .gdpr, .pdl, .ael, .stl, .vml, .ombl, .ksl, .offl, .fob,
        .helligdage, .kkBP, .genBI, .helBI, .smbBI, .kkKS,
    ]
}

extension Citation: Codable {
    /// Reads a citation from its canonical text (`SEL § 124, stk. 2, nr. 1`, `GDPR art. 9,
    /// stk. 2, litra c`, `KK-KS 7.1`, `HEL-BI, den enkelte enhed`, `BEK 1411/2024 § 21`), the
    /// inverse of ``description``: the citation read back has the same text. A known source
    /// (``Source/sel`` …) is recognised by its code; for another, the kind is read from the text
    /// (`§` a statute, `art.` a regulation, otherwise a policy document). `nil` for an empty text.
    public init?(parsing text: String) {
        guard !text.isEmpty else { return nil }
        var rest = Substring(text)
        var stk: Int? = nil
        var nr: Int? = nil
        var litra: String? = nil
        func strip(_ marker: String) -> Substring? {
            guard let range = rest.ranges(of: marker).last else { return nil }
            let value = rest[range.upperBound...]
            guard !value.isEmpty, !value.contains(",") else { return nil }
            rest = rest[..<range.lowerBound]
            return value
        }
        if let value = strip(", litra ") { litra = String(value) }
        if let value = strip(", nr. ") {
            guard let number = Int(value) else { return nil }
            nr = number
        }
        if let value = strip(", stk. ") {
            guard let number = Int(value) else { return nil }
            stk = number
        }
        if let range = rest.firstRange(of: " § ") {
            let code = String(rest[..<range.lowerBound])
            let source = Citation.Source.known.first { $0.rawValue == code && $0.kind == .statute }
                ?? Citation.Source(code: code, kind: .statute)
            self.init(source, String(rest[range.upperBound...]), stk: stk, nr: nr, litra: litra)
            return
        }
        if let range = rest.firstRange(of: " art. ") {
            let code = String(rest[..<range.lowerBound])
            let source = Citation.Source.known.first { $0.rawValue == code } ?? Citation.Source(code: code, kind: .regulation)
            self.init(source, String(rest[range.upperBound...]), stk: stk, nr: nr, litra: litra)
            return
        }
        let whole = String(rest)
        if let source = Citation.Source.known.first(where: { $0.rawValue == whole }) {
            self.init(source, "", stk: stk, nr: nr, litra: litra)
            return
        }
        for source in Citation.Source.known where source.kind == .unnumberedPolicy && whole.hasPrefix(source.rawValue + ", ") {
            self.init(source, String(whole.dropFirst(source.rawValue.count + 2)), stk: stk, nr: nr, litra: litra)
            return
        }
        if let space = whole.firstIndex(of: " ") {
            let code = String(whole[..<space])
            let source = Citation.Source.known.first { $0.rawValue == code } ?? Citation.Source(code: code, kind: .policy)
            self.init(source, String(whole[whole.index(after: space)...]), stk: stk, nr: nr, litra: litra)
            return
        }
        self.init(Citation.Source(code: whole, kind: .statute), "", stk: stk, nr: nr, litra: litra)
    }

    /// Reads the citation's canonical text.
    public init(from decoder: any Decoder) throws {
        let text = try decodeString(decoder)
        guard let citation = Citation(parsing: text) else {
            throw PolicyError(code: .unknownValue, field: PolicyError.field(decoder.codingPath), message: "an empty citation")
        }
        self = citation
    }

    /// Writes the citation's canonical text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

// MARK: - Fact values

extension FactValue: Codable {
    /// Reads a JSON boolean, integer, number, string or array (of those); an object is read as
    /// ``object`` (which no fact accepts). `null` is not a fact value: an unknown fact is absent.
    public init(from decoder: any Decoder) throws {
        self = try decodingPolicy(decoder) { () throws -> FactValue in
            if let container = try? decoder.singleValueContainer() {
                if container.decodeNil() {
                    throw PolicyError(
                        code: .wrongType, field: PolicyError.field(decoder.codingPath),
                        message: "null is not a fact value (leave an unknown fact out)")
                }
                if let flag = try? container.decode(Bool.self) { return .bool(flag) }
                if let number = try? container.decode(Int.self) { return .int(number) }
                if let number = try? container.decode(Double.self) { return .number(number) }
                if let text = try? container.decode(String.self) { return .string(text) }
            }
            if var items = try? decoder.unkeyedContainer() {
                var values: [FactValue] = []
                while !items.isAtEnd { values.append(try items.decode(FactValue.self)) }
                return .array(values)
            }
            if (try? decoder.container(keyedBy: AnyCodingKey.self)) != nil { return .object }
            throw PolicyError(code: .wrongType, field: PolicyError.field(decoder.codingPath), message: "expected a JSON value")
        }
    }

    /// Writes the value as JSON (``object`` as `{}`).
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .int(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object:
            _ = encoder.container(keyedBy: AnyCodingKey.self)
        }
    }
}

// MARK: - Decisions

extension DecisionValue: Codable {
    /// Reads a value as JSON gives it: a string is ``string(_:)`` (a date is not told apart
    /// from a string), an object of exactly `da` and `en` strings is ``text(_:)``, any other
    /// object ``object(_:)`` with its keys in the decoder's order.
    public init(from decoder: any Decoder) throws {
        self = try decodingPolicy(decoder) { () throws -> DecisionValue in
            if let container = try? decoder.singleValueContainer() {
                if container.decodeNil() {
                    throw PolicyError(
                        code: .wrongType, field: PolicyError.field(decoder.codingPath), message: "null is not a decision value")
                }
                if let flag = try? container.decode(Bool.self) { return .bool(flag) }
                if let number = try? container.decode(Int.self) { return .int(number) }
                if let number = try? container.decode(Double.self) { return .number(number) }
                if let text = try? container.decode(String.self) { return .string(text) }
            }
            if var items = try? decoder.unkeyedContainer() {
                var values: [DecisionValue] = []
                while !items.isAtEnd { values.append(try items.decode(DecisionValue.self)) }
                return .array(values)
            }
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            let keys = container.allKeys
            if keys.count == 2, Set(keys.map(\.stringValue)) == ["da", "en"],
                let da = try? container.decode(String.self, forKey: AnyCodingKey("da")),
                let en = try? container.decode(String.self, forKey: AnyCodingKey("en"))
            {
                return .text(LocalizedText(da: da, en: en))
            }
            var fields: [NamedValue] = []
            for key in keys { fields.append(NamedValue(key.stringValue, try container.decode(DecisionValue.self, forKey: key))) }
            return .object(fields)
        }
    }

    /// Writes the value as the contract's JSON.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .int(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .date(let date):
            var container = encoder.singleValueContainer()
            try container.encode(date)
        case .text(let text):
            try text.encode(to: encoder)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let fields):
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            for field in fields { try container.encode(field.value, forKey: AnyCodingKey(field.key)) }
        }
    }
}

extension Obligation: Codable {
    private enum Keys: String, CodingKey { case code, citation, due, text }

    /// Reads `{"code", "citation", "due"?, "text"}`.
    public init(from decoder: any Decoder) throws {
        self = try decodingPolicy(decoder) {
            let container = try decoder.container(keyedBy: Keys.self)
            return Obligation(
                code: try container.decode(ObligationCode.self, forKey: .code),
                citation: try container.decode(Citation.self, forKey: .citation),
                due: try container.decodeIfPresent(CivilDate.self, forKey: .due),
                text: try container.decodeIfPresent(LocalizedText.self, forKey: .text) ?? LocalizedText(da: "", en: ""))
        }
    }

    /// Writes `{"code", "citation", "due"?, "text"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(code, forKey: .code)
        try container.encode(citation, forKey: .citation)
        try container.encodeIfPresent(due, forKey: .due)
        try container.encode(text, forKey: .text)
    }
}

extension ExplanationStep: Codable {
    private enum Keys: String, CodingKey { case citation, holds, text }

    /// Reads `{"citation", "holds": true|false|null, "text"}`.
    public init(from decoder: any Decoder) throws {
        self = try decodingPolicy(decoder) {
            let container = try decoder.container(keyedBy: Keys.self)
            return ExplanationStep(
                citation: try container.decode(Citation.self, forKey: .citation),
                holds: try container.decodeIfPresent(Bool.self, forKey: .holds),
                text: try container.decode(LocalizedText.self, forKey: .text))
        }
    }

    /// Writes `{"citation", "holds": true|false|null, "text"}` (`holds` always present).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(citation, forKey: .citation)
        if let holds { try container.encode(holds, forKey: .holds) } else { try container.encodeNil(forKey: .holds) }
        try container.encode(text, forKey: .text)
    }
}

extension LegalInstrument {
    /// An instrument read back from its name as a decision writes it (`LBK nr. 1129 af
    /// 22/09/2025`; a document without a number by its title) and its address.
    package init(named name: String, url: String?, contains source: Citation.Source, role: Role) {
        let parts = name.split(separator: " ")
        if parts.count == 4, parts[1] == "nr.", let kind = Kind(rawValue: String(parts[0])), let number = Int(parts[2]) {
            let date = parts[3].split(separator: "/")
            if date.count == 3, let day = Int(date[0]), let month = Int(date[1]), let year = Int(date[2]),
                let issued = CivilDate(validatingYear: year, month: month, day: day)
            {
                self.init(kind, number: number, issued: issued, title: name, url: url, contains: source, role: role)
                return
            }
        }
        // A document without a number: its name is its title.
        self.init(
            .municipalDocument, number: nil, issued: RuleSetCatalogue.earliestSupportedDate, title: name, url: url,
            contains: source, role: role)
    }
}

extension LegalBasis: Codable {
    private enum Keys: String, CodingKey { case citation, instrument, eli, amendedBy }

    /// Reads `{"citation", "instrument": name|null, "eli": url|null, "amendedBy"?: [{"instrument", "eli"}]}`.
    ///
    /// The JSON names an instrument and its address only; the instrument read back has that name
    /// and address (its other properties are read from the name where it has them).
    public init(from decoder: any Decoder) throws {
        self = try decodingPolicy(decoder) {
            let container = try decoder.container(keyedBy: Keys.self)
            let citation = try container.decode(Citation.self, forKey: .citation)
            var instrument: LegalInstrument? = nil
            if let name = try container.decodeIfPresent(String.self, forKey: .instrument) {
                instrument = LegalInstrument(
                    named: name, url: try container.decodeIfPresent(String.self, forKey: .eli), contains: citation.source, role: .text)
            }
            var amendedBy: [LegalInstrument] = []
            if container.contains(.amendedBy) {
                var items = try container.nestedUnkeyedContainer(forKey: .amendedBy)
                while !items.isAtEnd {
                    let item = try items.nestedContainer(keyedBy: Keys.self)
                    amendedBy.append(
                        LegalInstrument(
                            named: try item.decode(String.self, forKey: .instrument),
                            url: try item.decodeIfPresent(String.self, forKey: .eli), contains: citation.source, role: .amendment))
                }
            }
            return LegalBasis(citation: citation, instrument: instrument, amendedBy: amendedBy)
        }
    }

    /// Writes the contract's `legalBasis` entry.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(citation, forKey: .citation)
        if let instrument { try container.encode(instrument.name, forKey: .instrument) } else { try container.encodeNil(forKey: .instrument) }
        if let url = instrument?.url { try container.encode(url, forKey: .eli) } else { try container.encodeNil(forKey: .eli) }
        if !amendedBy.isEmpty {
            var items = container.nestedUnkeyedContainer(forKey: .amendedBy)
            for act in amendedBy {
                var item = items.nestedContainer(keyedBy: Keys.self)
                try item.encode(act.name, forKey: .instrument)
                if let url = act.url { try item.encode(url, forKey: .eli) } else { try item.encodeNil(forKey: .eli) }
            }
        }
    }
}

extension Decision: Codable {
    private enum Keys: String, CodingKey {
        case id, question, asOf, municipality, ruleSet, engine, contract, outcome, values, obligations, missingFacts,
            citations, explanation, legalBasis
    }

    /// Reads the contract's decision object.
    ///
    /// `question`, `asOf`, `ruleSet` and `outcome` are required; the lists default to empty (a
    /// decision written with `policy-check serve --no-explain` has no `citations`,
    /// `explanation` or `legalBasis`). A decision without `contract` is of contract `"1"`; one
    /// without `engine` has an empty ``engine`` (a build before versions).
    ///
    /// - Throws: ``PolicyError`` naming the field.
    public init(from decoder: any Decoder) throws {
        self = try decodingPolicy(decoder) {
            let container = try decoder.container(keyedBy: Keys.self)
            var values: [NamedValue] = []
            if container.contains(.values) {
                let object = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .values)
                for key in object.allKeys { values.append(NamedValue(key.stringValue, try object.decode(DecisionValue.self, forKey: key))) }
            }
            return Decision(
                id: try container.decodeIfPresent(String.self, forKey: .id),
                question: try container.decode(String.self, forKey: .question),
                asOf: try container.decode(CivilDate.self, forKey: .asOf),
                municipality: try container.decodeIfPresent(String.self, forKey: .municipality),
                ruleSet: try container.decode(String.self, forKey: .ruleSet),
                outcome: try container.decode(Outcome.self, forKey: .outcome),
                values: values,
                obligations: try container.decodeIfPresent([Obligation].self, forKey: .obligations) ?? [],
                missingFacts: try container.decodeIfPresent([String].self, forKey: .missingFacts) ?? [],
                citations: try container.decodeIfPresent([Citation].self, forKey: .citations) ?? [],
                explanation: try container.decodeIfPresent([ExplanationStep].self, forKey: .explanation) ?? [],
                legalBasis: try container.decodeIfPresent([LegalBasis].self, forKey: .legalBasis) ?? [],
                engine: try container.decodeIfPresent(String.self, forKey: .engine) ?? "",
                contract: try container.decodeIfPresent(String.self, forKey: .contract) ?? "1")
        }
    }

    /// Writes the contract's decision object, keys in the contract's order — the same JSON
    /// value as `DecisionJSON.json(_:)`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(question, forKey: .question)
        try container.encode(asOf, forKey: .asOf)
        try container.encodeIfPresent(municipality, forKey: .municipality)
        try container.encode(ruleSet, forKey: .ruleSet)
        try container.encode(engine, forKey: .engine)
        try container.encode(contract, forKey: .contract)
        try container.encode(outcome, forKey: .outcome)
        var object = container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .values)
        for field in values { try object.encode(field.value, forKey: AnyCodingKey(field.key)) }
        try container.encode(obligations, forKey: .obligations)
        try container.encode(missingFacts, forKey: .missingFacts)
        try container.encode(citations, forKey: .citations)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(legalBasis, forKey: .legalBasis)
    }
}
