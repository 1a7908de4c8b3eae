/// One fact value as a host or a scenario supplies it, before the question types it.
///
/// A fact that is absent or `null` is *unknown* and simply has no `FactValue`.
public enum FactValue: Sendable, Hashable {
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number with a fraction (never valid where the contract asks for an int).
    case number(Double)
    /// A string: an enum value or a `YYYY-MM-DD` date.
    case string(String)
    /// An array of values.
    case array([FactValue])
    /// A JSON object (never a valid fact value; kept so the error can say what was given).
    case object

    /// The JSON type's name, for error messages.
    public var typeName: String {
        switch self {
        case .bool: "a boolean"
        case .int: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// An enum a fact can take, spelt in kebab-case in the contract.
public protocol FactEnum: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// What the value means, for the machine-readable catalogue and `Documentation/Contract.md`
    /// (one line, with the Danish legal term where there is one). Defaults to the raw value.
    var meaning: String { get }
    /// The value in words, in Danish and English, for the human-readable text (where the
    /// contract code must not stand in for a Danish word). Defaults to the raw value in both.
    var label: LocalizedText { get }
}

extension FactEnum {
    /// The raw value, when the enum gives no meaning of its own.
    public var meaning: String { rawValue }
}

/// What a question says about one of its facts: its name, type, and meaning.
///
/// The catalogue of ``FactSpec`` values is the single source for input validation, for
/// `policy-check questions`, and for the documentation tables.
public struct FactSpec: Sendable, Hashable {
    /// The type of a fact.
    public enum Kind: Sendable, Hashable {
        /// `true` / `false`.
        case bool
        /// A whole number within `range`.
        case int(ClosedRange<Int>)
        /// A `YYYY-MM-DD` date.
        case date
        /// One of `values`.
        case enumeration([String])
        /// An array of values from `values`.
        case enumerationList([String])

        /// The contract's name for the kind, e.g. `enum: valid, refuses`.
        public var summary: String {
            switch self {
            case .bool: "bool"
            case .int(let range):
                range.upperBound == Int.max ? "int ≥ \(range.lowerBound)" : "int \(range.lowerBound)–\(range.upperBound)"
            case .date: "date"
            case .enumeration(let values): "enum: " + values.joined(separator: ", ")
            case .enumerationList(let values): "array of enum: " + values.joined(separator: ", ")
            }
        }
    }

    /// The fact's contract name (camelCase).
    public let name: String
    /// Its type.
    public let kind: Kind
    /// Whether the question cannot be asked without it.
    public let required: Bool
    /// What it means, with the Danish legal term.
    public let meaning: String
    /// The contract version that added the fact (`"1"` for the facts of the first contract).
    public let since: String
    /// For an enum fact: what each value means, in the order of the values.
    public let valueMeanings: [String]
    /// The fact's name in words, for the human-readable text (`afgørelsesdato` for
    /// `decisionDate`); `nil` shows the contract name. Set with `labelled(da:en:)`.
    public var label: LocalizedText? = nil

    /// Creates a fact specification.
    public init(_ name: String, _ kind: Kind, required: Bool = false, since: String = "1", _ meaning: String) {
        self.name = name
        self.kind = kind
        self.required = required
        self.meaning = meaning
        self.since = since
        self.valueMeanings = []
    }

    init(_ name: String, _ kind: Kind, required: Bool, since: String, meaning: String, valueMeanings: [String]) {
        self.name = name
        self.kind = kind
        self.required = required
        self.meaning = meaning
        self.since = since
        self.valueMeanings = valueMeanings
    }

    /// A specification for an enum fact whose values are `E.allCases`.
    public static func enumeration<E: FactEnum>(
        _ name: String, _ type: E.Type, required: Bool = false, since: String = "1", _ meaning: String
    ) -> FactSpec {
        FactSpec(
            name, .enumeration(E.allCases.map(\.rawValue)), required: required, since: since, meaning: meaning,
            valueMeanings: E.allCases.map(\.meaning))
    }

    /// A specification for an array-of-enum fact whose values are `E.allCases`.
    public static func enumerationList<E: FactEnum>(
        _ name: String, _ type: E.Type, required: Bool = false, since: String = "1", _ meaning: String
    ) -> FactSpec {
        FactSpec(
            name, .enumerationList(E.allCases.map(\.rawValue)), required: required, since: since, meaning: meaning,
            valueMeanings: E.allCases.map(\.meaning))
    }
}

/// A question's ``FactSpec`` list indexed by name, built once per question.
package struct FactSpecIndex: Sendable {
    /// The specs, in the question's order.
    package let specs: [FactSpec]
    /// The specs by fact name.
    package let byName: [String: FactSpec]

    /// Indexes `specs`.
    package init(_ specs: [FactSpec]) {
        self.specs = specs
        var byName: [String: FactSpec] = [:]
        byName.reserveCapacity(specs.count)
        for spec in specs { byName[spec.name] = spec }
        self.byName = byName
    }
}

/// The facts of one case, checked against a question's ``FactSpec`` list.
///
/// Creating a bag validates every supplied fact — its name, its type, its enum value, its date —
/// so bad input is rejected before any rule runs, with the field's path (`facts.<name>`). The
/// typed accessors then only read.
public struct FactBag: Sendable {
    private let values: [String: FactValue]
    private let specs: [String: FactSpec]

    /// Checks `values` against `specs`.
    ///
    /// - Throws: ``PolicyError`` naming `facts.<name>` for an unknown fact name, a wrong type,
    ///   an unknown enum value, an impossible or malformed date, a number out of range, or a
    ///   required fact that is missing.
    public init(_ values: [String: FactValue], specs: [FactSpec]) throws(PolicyError) {
        try self.init(values, index: FactSpecIndex(specs))
    }

    /// Checks `values` against a question's specs indexed once (the catalogue keeps one index
    /// per question, so a scenario does not rebuild it).
    ///
    /// - Throws: ``PolicyError`` as ``init(_:specs:)``; when several facts are wrong, the one
    ///   first in name order is reported, as there.
    package init(_ values: [String: FactValue], index: FactSpecIndex) throws(PolicyError) {
        // The common case, every fact right, needs no sorting; the names are sorted only to
        // report the first wrong one deterministically.
        var allValid = true
        for (name, value) in values {
            guard let spec = index.byName[name], FactBag.isValid(value, against: spec) else {
                allValid = false
                break
            }
        }
        if !allValid {
            for name in values.keys.sorted() {
                guard let spec = index.byName[name] else {
                    let known = index.specs.map(\.name).joined(separator: ", ")
                    // The name is input: echo at most its beginning (a 10 MB name stays a short line).
                    throw PolicyError(
                        code: .unknownFact, field: "facts.\(PolicyError.excerpt(name, limit: 80))",
                        message: "unknown fact for this question; expected one of: \(known)")
                }
                if let value = values[name] { try FactBag.check(value, against: spec) }
            }
        }
        for spec in index.specs where spec.required && values[spec.name] == nil {
            throw PolicyError(
                code: .missingField, field: "facts.\(spec.name)",
                message: "required fact is missing (expected \(spec.kind.summary))")
        }
        self.values = values
        self.specs = index.byName
    }

    /// Whether `value` passes ``check(_:against:)``.
    private static func isValid(_ value: FactValue, against spec: FactSpec) -> Bool {
        do throws(PolicyError) {
            try check(value, against: spec)
            return true
        } catch {
            return false
        }
    }

    private static func check(_ value: FactValue, against spec: FactSpec) throws(PolicyError) {
        var field: String { "facts.\(spec.name)" }
        func wrongType(_ expected: String) -> PolicyError {
            PolicyError(code: .wrongType, field: field, message: "expected \(expected), got \(value.typeName)")
        }
        switch spec.kind {
        case .bool:
            guard case .bool = value else { throw wrongType("a boolean (true/false)") }
        case .int(let range):
            guard case .int(let number) = value else { throw wrongType("an integer") }
            guard range.contains(number) else {
                throw PolicyError(
                    code: .outOfRange, field: field,
                    message: "\(number) is outside the allowed range (\(spec.kind.summary))")
            }
        case .date:
            guard case .string(let text) = value else { throw wrongType("a date YYYY-MM-DD") }
            guard CivilDate(parsing: text) != nil else {
                throw PolicyError(
                    code: .invalidDate, field: field,
                    message: "\(PolicyError.quoted(text, limit: 40)) is not a valid date; expected YYYY-MM-DD")
            }
        case .enumeration(let allowed):
            guard case .string(let text) = value else { throw wrongType("a string: one of \(allowed.joined(separator: ", "))") }
            guard allowed.contains(text) else {
                throw PolicyError(
                    code: .unknownValue, field: field,
                    message: "\(PolicyError.quoted(text, limit: 40)) is not allowed; expected one of: \(allowed.joined(separator: ", "))")
            }
        case .enumerationList(let allowed):
            guard case .array(let items) = value else { throw wrongType("an array of: \(allowed.joined(separator: ", "))") }
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item, allowed.contains(text) else {
                    throw PolicyError(
                        code: .unknownValue, field: "\(field)[\(index)]",
                        message: "expected one of: \(allowed.joined(separator: ", "))")
                }
            }
        }
    }

    private func spec(_ name: String, _ expected: String) throws(PolicyError) -> FactValue? {
        // A supplied value was checked against its spec when the bag was made, so only an
        // absent one needs the look-up that catches an undeclared name.
        if let value = values[name] { return value }
        guard specs[name] != nil else {
            throw PolicyError(
                code: .unknownFact, field: "facts.\(PolicyError.excerpt(name, limit: 80))",
                message: "the question does not declare this fact (\(expected))")
        }
        return nil
    }

    /// The boolean fact `name`, or `nil` when unknown.
    public func bool(_ name: String) throws(PolicyError) -> Bool? {
        switch try spec(name, "bool") {
        case nil: return nil
        case .bool(let flag)?: return flag
        case let other?:
            throw PolicyError(code: .wrongType, field: "facts.\(name)", message: "expected a boolean, got \(other.typeName)")
        }
    }

    /// The integer fact `name`, or `nil` when unknown.
    public func int(_ name: String) throws(PolicyError) -> Int? {
        switch try spec(name, "int") {
        case nil: return nil
        case .int(let number)?: return number
        case let other?:
            throw PolicyError(code: .wrongType, field: "facts.\(name)", message: "expected an integer, got \(other.typeName)")
        }
    }

    /// The date fact `name`, or `nil` when unknown.
    public func date(_ name: String) throws(PolicyError) -> CivilDate? {
        switch try spec(name, "date") {
        case nil: return nil
        case .string(let text)?:
            guard let date = CivilDate(parsing: text) else {
                throw PolicyError(code: .invalidDate, field: "facts.\(name)", message: "expected a date YYYY-MM-DD")
            }
            return date
        case let other?:
            throw PolicyError(code: .wrongType, field: "facts.\(name)", message: "expected a date YYYY-MM-DD, got \(other.typeName)")
        }
    }

    /// The enum fact `name`, or `nil` when unknown.
    public func value<E: FactEnum>(_ name: String, as type: E.Type = E.self) throws(PolicyError) -> E? {
        switch try spec(name, "enum") {
        case nil: return nil
        case .string(let text)?:
            guard let value = E(rawValue: text) else {
                throw PolicyError(
                    code: .unknownValue, field: "facts.\(name)",
                    message: "expected one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        case let other?:
            throw PolicyError(code: .wrongType, field: "facts.\(name)", message: "expected a string, got \(other.typeName)")
        }
    }

    /// The required enum fact `name`.
    public func required<E: FactEnum>(_ name: String, as type: E.Type = E.self) throws(PolicyError) -> E {
        guard let value = try value(name, as: type) else {
            throw PolicyError(code: .missingField, field: "facts.\(name)", message: "required fact is missing")
        }
        return value
    }

    /// The required date fact `name`.
    public func requiredDate(_ name: String) throws(PolicyError) -> CivilDate {
        guard let value = try date(name) else {
            throw PolicyError(code: .missingField, field: "facts.\(name)", message: "required fact is missing (expected a date YYYY-MM-DD)")
        }
        return value
    }

    /// The required integer fact `name`.
    public func requiredInt(_ name: String) throws(PolicyError) -> Int {
        guard let value = try int(name) else {
            throw PolicyError(code: .missingField, field: "facts.\(name)", message: "required fact is missing (expected an integer)")
        }
        return value
    }

    /// The array-of-enum fact `name`, or `nil` when unknown.
    public func list<E: FactEnum>(_ name: String, of type: E.Type = E.self) throws(PolicyError) -> [E]? {
        switch try spec(name, "array") {
        case nil: return nil
        case .array(let items)?:
            var result: [E] = []
            for (index, item) in items.enumerated() {
                guard case .string(let text) = item, let value = E(rawValue: text) else {
                    throw PolicyError(
                        code: .unknownValue, field: "facts.\(name)[\(index)]",
                        message: "expected one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                result.append(value)
            }
            return result
        case let other?:
            throw PolicyError(code: .wrongType, field: "facts.\(name)", message: "expected an array, got \(other.typeName)")
        }
    }
}
