import SocialPolicyCore
import Testing

enum Colour: String, FactEnum {
    case red, green
    case darkBlue = "dark-blue"
}

@Suite("FactBag")
struct FactBagTests {
    static let specs: [FactSpec] = [
        FactSpec("flag", .bool, "a boolean"),
        FactSpec("count", .int(0...10), "a bounded integer"),
        FactSpec("open", .int(1...Int.max), "an integer with no upper bound"),
        FactSpec("when", .date, "a date"),
        .enumeration("colour", Colour.self, "an enum"),
        .enumerationList("colours", Colour.self, "an array of enum"),
        FactSpec("start", .date, required: true, "a required date"),
    ]
    static let start: [String: FactValue] = ["start": .string("2024-01-01")]

    static func error(_ facts: [String: FactValue]) -> PolicyError? {
        do {
            _ = try FactBag(start.merging(facts) { $1 }, specs: specs)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "a value of the wrong type is rejected with the field named, for every kind",
        arguments: [
            ("flag", FactValue.string("true")), ("flag", .int(1)), ("flag", .array([])),
            ("count", .string("3")), ("count", .number(2.5)), ("count", .bool(true)), ("count", .object),
            ("when", .int(20_240_101)), ("when", .bool(false)), ("when", .array([.string("2024-01-01")])),
            ("colour", .int(1)), ("colour", .array([.string("red")])), ("colour", .bool(true)),
            ("colours", .string("red")), ("colours", .object),
            ("start", .int(1)),
        ] as [(String, FactValue)])
    func wrongType(name: String, value: FactValue) throws {
        let error = try #require(Self.error([name: value]))
        #expect(error.code == .wrongType)
        #expect(error.field == "facts.\(name)")
        #expect(error.message.contains("expected"))
        #expect(error.message.contains(value.typeName))
    }

    @Test("an unknown fact name is rejected with its field named and the known facts listed")
    func unknownFact() throws {
        let error = try #require(Self.error(["colur": .string("red")]))
        #expect(error.code == .unknownFact)
        #expect(error.field == "facts.colur")
        #expect(error.message.contains("colour"))
    }

    @Test("an unknown enum value is rejected with the field named, also inside an array")
    func unknownEnumValue() throws {
        let single = try #require(Self.error(["colour": .string("blue")]))
        #expect(single.code == .unknownValue)
        #expect(single.field == "facts.colour")
        #expect(single.message.contains("dark-blue"))
        let list = try #require(Self.error(["colours": .array([.string("red"), .string("Red")])]))
        #expect(list.code == .unknownValue)
        #expect(list.field == "facts.colours[1]")
        let wrongItem = try #require(Self.error(["colours": .array([.int(1)])]))
        #expect(wrongItem.field == "facts.colours[0]")
    }

    @Test(
        "an impossible or malformed date is rejected with the field named",
        arguments: ["2023-02-29", "2024-13-01", "2024-1-01", "", "2024-01-01T00:00", "01-01-2024"])
    func impossibleDate(text: String) throws {
        let error = try #require(Self.error(["when": .string(text)]))
        #expect(error.code == .invalidDate)
        #expect(error.field == "facts.when")
        let required = try #require(Self.error(["start": .string(text)]))
        #expect(required.field == "facts.start")
    }

    @Test(
        "a number out of range is rejected with the field named",
        arguments: [("count", -1), ("count", 11), ("count", Int.min), ("count", Int.max), ("open", 0), ("open", Int.min)])
    func outOfRange(name: String, value: Int) throws {
        let error = try #require(Self.error([name: .int(value)]))
        #expect(error.code == .outOfRange)
        #expect(error.field == "facts.\(name)")
    }

    @Test("a missing required fact is rejected with its field named")
    func missingRequired() {
        #expect(throws: PolicyError(code: .missingField, field: "facts.start", message: "")) {
            try FactBag(["flag": .bool(true)], specs: Self.specs)
        }
    }

    @Test("valid facts are read back typed; absent facts are unknown")
    func typedAccess() throws {
        let bag = try FactBag(
            [
                "flag": .bool(false), "count": .int(10), "open": .int(Int.max), "when": .string("2024-02-29"),
                "colour": .string("dark-blue"), "colours": .array([.string("red"), .string("green")]),
                "start": .string("2013-01-01"),
            ], specs: Self.specs)
        #expect(try bag.bool("flag") == false)
        #expect(try bag.int("count") == 10)
        #expect(try bag.requiredInt("open") == Int.max)
        #expect(try bag.date("when") == CivilDate(2024, 2, 29))
        #expect(try bag.value("colour", as: Colour.self) == .darkBlue)
        #expect(try bag.required("colour", as: Colour.self) == .darkBlue)
        #expect(try bag.list("colours", of: Colour.self) == [.red, .green])
        #expect(try bag.requiredDate("start") == CivilDate(2013, 1, 1))

        let sparse = try FactBag(Self.start, specs: Self.specs)
        #expect(try sparse.bool("flag") == nil)
        #expect(try sparse.int("count") == nil)
        #expect(try sparse.date("when") == nil)
        #expect(try sparse.value("colour", as: Colour.self) == nil)
        #expect(try sparse.list("colours", of: Colour.self) == nil)
    }

    @Test("typed accessors name the field: undeclared fact, wrong accessor, missing required")
    func accessorErrors() throws {
        let bag = try FactBag(["flag": .bool(true), "start": .string("2024-01-01")], specs: Self.specs)
        #expect(throws: PolicyError(code: .unknownFact, field: "facts.nothing", message: "")) { try bag.bool("nothing") }
        #expect(throws: PolicyError(code: .wrongType, field: "facts.flag", message: "")) { try bag.int("flag") }
        #expect(throws: PolicyError(code: .wrongType, field: "facts.flag", message: "")) { try bag.date("flag") }
        #expect(throws: PolicyError(code: .wrongType, field: "facts.flag", message: "")) {
            try bag.value("flag", as: Colour.self)
        }
        #expect(throws: PolicyError(code: .wrongType, field: "facts.flag", message: "")) {
            try bag.list("flag", of: Colour.self)
        }
        #expect(throws: PolicyError(code: .wrongType, field: "facts.start", message: "")) { try bag.bool("start") }
        #expect(throws: PolicyError(code: .missingField, field: "facts.colour", message: "")) {
            try bag.required("colour", as: Colour.self)
        }
        #expect(throws: PolicyError(code: .missingField, field: "facts.when", message: "")) {
            try bag.requiredDate("when")
        }
        #expect(throws: PolicyError(code: .missingField, field: "facts.count", message: "")) {
            try bag.requiredInt("count")
        }
    }

    @Test("fact kinds summarise as the contract writes them")
    func kindSummaries() {
        #expect(FactSpec.Kind.bool.summary == "bool")
        #expect(FactSpec.Kind.int(0...10).summary == "int 0–10")
        #expect(FactSpec.Kind.int(1...Int.max).summary == "int ≥ 1")
        #expect(FactSpec.Kind.date.summary == "date")
        #expect(FactSpec.enumeration("c", Colour.self, "").kind.summary == "enum: red, green, dark-blue")
        #expect(FactSpec.enumerationList("c", Colour.self, "").kind.summary == "array of enum: red, green, dark-blue")
    }

    @Test("errors compare by code and field, and can be re-rooted under a parent path")
    func errorValues() {
        let error = PolicyError(code: .wrongType, field: "decisionDate", message: "one")
        #expect(error == PolicyError(code: .wrongType, field: "decisionDate", message: "another"))
        #expect(error != PolicyError(code: .invalidDate, field: "decisionDate", message: "one"))
        #expect(error.prefixed(with: "facts").field == "facts.decisionDate")
        #expect(PolicyError(code: .missingField, field: "", message: "m").prefixed(with: "facts").field == "facts")
        #expect(error.description == "decisionDate: one")
    }

    @Test("a 10 MB unknown fact name gives an error line of a few hundred bytes, not 20 MB (issue 13 item 7)")
    func hugeUnknownFactNameIsTruncated() {
        let name = String(repeating: "x", count: 10_000_000)
        guard let error = Self.error([name: .bool(true)]) else {
            Issue.record("accepted")
            return
        }
        #expect(error.code == .unknownFact)
        #expect(error.field.hasPrefix("facts.xxxx"))
        #expect(error.field.count <= PolicyError.maximumFieldLength)
        #expect(error.description.utf8.count < 1_000, "\(error.description.utf8.count) bytes")
        // A short name is echoed as it is.
        #expect(Self.error(["colur": .string("red")])?.field == "facts.colur")
    }

    @Test("a 10 MB enum value or date is echoed as a short excerpt with its length")
    func hugeValueIsTruncated() {
        let text = String(repeating: "é", count: 5_000_000)
        for name in ["colour", "when"] {
            guard let error = Self.error([name: .string(text)]) else {
                Issue.record("accepted")
                continue
            }
            #expect(error.field == "facts.\(name)")
            #expect(error.description.utf8.count < 1_000)
            #expect(error.message.contains("(10000000 bytes)"), "\(error.message)")
        }
    }

    @Test("PolicyError bounds every field and message; excerpts keep one line")
    func policyErrorBoundsEchoedInput() {
        let long = String(repeating: "ab", count: 1_000_000)
        let error = PolicyError(code: .wrongType, field: long, message: long)
        #expect(error.field.count == PolicyError.maximumFieldLength)
        #expect(error.field.hasSuffix("…"))
        #expect(error.message.count == PolicyError.maximumMessageLength)
        let exact = String(repeating: "æ", count: PolicyError.maximumFieldLength)
        #expect(PolicyError(code: .wrongType, field: exact, message: "m").field == exact)
        #expect(PolicyError.excerpt("line\nbreak\u{0}") == "line\\u{a}break\\u{0}")
        #expect(PolicyError.quoted("abcdef", limit: 3) == "\"abc… (6 bytes)\"")
        #expect(PolicyError.quoted("abc", limit: 3) == "\"abc\"")
    }
}
