import SocialPolicyCore

// Codable for the contract's envelope types (issue 12 item 4). A scenario decoded by any
// decoder is read by the same code as the library's own JSON path (`Scenario(json:)`), so bad
// input is the same `PolicyError` either way.

extension JSONValue: Codable {
    /// Reads any JSON value. Object keys come in the decoder's order (Foundation's
    /// `JSONDecoder` does not keep the document's order); the library's own parser keeps it.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() {
                self = .null
                return
            }
            if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
                return
            }
            if let number = try? container.decode(Int.self) {
                self = .int(number)
                return
            }
            if let number = try? container.decode(Double.self) {
                self = .number(number)
                return
            }
            if let text = try? container.decode(String.self) {
                self = .string(text)
                return
            }
        }
        if var items = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !items.isAtEnd { values.append(try items.decode(JSONValue.self)) }
            self = .array(values)
            return
        }
        let object = try decodingPolicy(decoder) { try decoder.container(keyedBy: AnyCodingKey.self) }
        var members: [(key: String, value: JSONValue)] = []
        for key in object.allKeys { members.append((key.stringValue, try object.decode(JSONValue.self, forKey: key))) }
        self = .object(members)
    }

    /// Writes the value, object keys in order.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
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
        case .object(let members):
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            for member in members { try container.encode(member.value, forKey: AnyCodingKey(member.key)) }
        }
    }
}

extension Scenario: Codable {
    /// Reads a scenario exactly as `init(json:)` does, from any decoder.
    ///
    /// - Throws: `PolicyError` naming the field (prefixed with the decoder's coding path when
    ///   the scenario is nested in a host's own type).
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        do throws(PolicyError) {
            try self.init(json: json)
        } catch {
            let path = decoder.codingPath
            throw path.isEmpty ? error : error.prefixed(with: PolicyError.field(path))
        }
    }

    /// Writes the scenario in the contract's form.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// The scenario as the contract's JSON object (unknown facts absent; an `expect` only when
    /// there is one).
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let id { members.append(("id", .string(id))) }
        if let contract { members.append(("contract", .string(contract))) }
        members.append(("question", .string(question)))
        members.append(("asOf", .string(asOf.description)))
        if let municipality { members.append(("municipality", .string(municipality))) }
        members.append(("language", .string(language.rawValue)))
        members.append(("facts", .object(facts.keys.sorted().compactMap { name in facts[name].map { (name, Scenario.json($0)) } })))
        if let expect { members.append(("expect", expect.json)) }
        return .object(members)
    }

    static func json(_ value: FactValue) -> JSONValue {
        switch value {
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .number(let number): .number(number)
        case .string(let text): .string(text)
        case .array(let items): .array(items.map { json($0) })
        case .object: .object([])
        }
    }
}

extension ScenarioExpectation: Codable {
    /// Reads an expectation exactly as `init(json:)` does, from any decoder.
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        do throws(PolicyError) {
            try self.init(json: json)
        } catch {
            let path = decoder.codingPath
            throw path.isEmpty ? error : error.prefixed(with: PolicyError.field(path))
        }
    }

    /// Writes the expectation in the contract's form (empty lists left out).
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// The expectation as the contract's JSON object.
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let outcome { members.append(("outcome", .string(outcome))) }
        if !values.isEmpty { members.append(("values", .object(values))) }
        for (key, list) in [
            ("obligations", obligations), ("absentObligations", absentObligations), ("missingFacts", missingFacts),
            ("citations", citations),
        ] where !list.isEmpty {
            members.append((key, .array(list.map { .string($0) })))
        }
        if let error { members.append(("error", .string(error))) }
        return .object(members)
    }
}

extension JSONValue {
    /// Whether two values are the same JSON value: objects with the same members in any order,
    /// arrays in order, numbers by value (`2` and `2.0`).
    package func isEquivalent(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.int(let a), .number(let b)), (.number(let b), .int(let a)): return Double(a) == b
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isEquivalent(to: $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { member in b.contains { $0.key == member.key && $0.value.isEquivalent(to: member.value) } }
        default: return self == other
        }
    }
}
