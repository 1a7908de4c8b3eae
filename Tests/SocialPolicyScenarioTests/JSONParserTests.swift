import SocialPolicyKit
import Testing

@Suite("JSON parser")
struct JSONParserTests {
    static func parse(_ text: String) -> JSONValue? { try? JSONParser.parse(text) }

    @Test(
        "valid documents parse",
        arguments: [
            ("{}", JSONValue.object([])), ("[]", .array([])), ("\"x\"", .string("x")), ("0", .int(0)), ("-0", .int(0)),
            ("true", .bool(true)), ("false", .bool(false)), (" \t\r\n null \n", .null), ("1.5", .number(1.5)),
            ("1e3", .number(1000)), ("1E+2", .number(100)), ("-2.5e-1", .number(-0.25)), ("[1, [2, []]]", .array([.int(1), .array([.int(2), .array([])])])),
            (#"{"b": 1, "a": {"c": [true, null]}}"#, .object([("b", .int(1)), ("a", .object([("c", .array([.bool(true), .null]))]))])),
        ] as [(String, JSONValue)])
    func validDocuments(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    @Test(
        "invalid documents are rejected as malformed input on field json",
        arguments: [
            "", " ", "{", "}", "[", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{1: 2}", "{\"a\":}", "[1 2]", "{} {}", "01", "-01",
            "1.", ".5", "+1", "1e", "1e+", "--1", "-", "\"abc", "\"\\x\"", "\"a\u{1}b\"", "\"tab\there\"", "tru", "nul", "falsey",
            "'a'", "NaN", "Infinity", "-Infinity", "1e999", "-1e999", "[1]]", "{\"a\":1}}", "\"\\u12\"", "\"\\uZZZZ\"",
            "\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\"", "\"\\uD800x\"", "/* c */ {}", "{\"a\":1 // c\n}", "\u{FEFF}{}",
        ])
    func invalidDocuments(text: String) {
        #expect(throws: PolicyError(code: .malformedInput, field: "json", message: "")) { try JSONParser.parse(text) }
    }

    @Test("escapes decode: quote, backslash, slash, control letters, \\u, surrogate pairs; raw UTF-8 passes through")
    func escapes() throws {
        #expect(try JSONParser.parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{08}\u{0C}\n\r\t"))
        #expect(try JSONParser.parse(#""\u00e6\u00F8\u00e5""#) == .string("æøå"))
        #expect(try JSONParser.parse(#""\uD83D\uDE00""#) == .string("😀"))
        #expect(try JSONParser.parse(#""\u0000""#) == .string("\u{0}"))
        #expect(try JSONParser.parse("\"Skærtorsdag § 124 a\"") == .string("Skærtorsdag § 124 a"))
        #expect(try JSONParser.parse(#""""#) == .string(""))
    }

    @Test("invalid UTF-8 inside a string is repaired, never a crash")
    func invalidUTF8() throws {
        let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0xC3, 0x22]
        guard case .string(let text) = try JSONParser.parse(bytes) else {
            Issue.record("not a string")
            return
        }
        #expect(text.hasPrefix("a"))
        #expect(text.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test("nesting up to the limit parses; deeper is rejected without exhausting the stack")
    func nestingLimit() {
        let limit = JSONParser.maximumDepth
        let ok = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(Self.parse(ok) != nil)
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        #expect(throws: PolicyError(code: .malformedInput, field: "json", message: "")) { try JSONParser.parse(tooDeep) }
        let objects = String(repeating: "{\"a\":", count: limit + 1) + "1" + String(repeating: "}", count: limit + 1)
        #expect(throws: PolicyError(code: .malformedInput, field: "json", message: "")) { try JSONParser.parse(objects) }
        let huge = String(repeating: "[", count: 200_000)
        #expect(throws: PolicyError(code: .malformedInput, field: "json", message: "")) { try JSONParser.parse(huge) }
    }

    @Test("a key that appears twice in one object is rejected, naming the key's path — never an empty field")
    func duplicateKeys() {
        #expect(throws: PolicyError(code: .malformedInput, field: "a", message: "")) { try JSONParser.parse(#"{"a": 1, "a": 2}"#) }
        #expect(throws: PolicyError(code: .malformedInput, field: "o.x", message: "")) {
            try JSONParser.parse(#"{"o": {"x": 1, "y": 2, "x": 3}}"#)
        }
        #expect(throws: PolicyError(code: .malformedInput, field: "list[1].k", message: "")) {
            try JSONParser.parse(#"{"list": [{"k": 1}, {"k": 1, "k": 2}]}"#)
        }
        // Found by the fuzzer: a duplicated empty key gave an error with an empty field.
        #expect(throws: PolicyError(code: .malformedInput, field: "\"\"", message: "")) {
            try JSONParser.parse(#"{"": 1, "": 2}"#)
        }
        // The same key in two different objects is fine.
        #expect(Self.parse(#"[{"a": 1}, {"a": 2}]"#) != nil)
    }

    @Test("numbers: whole numbers that fit are Int, others Double; the Int range is exact")
    func numbers() throws {
        #expect(try JSONParser.parse("9223372036854775807") == .int(Int.max))
        #expect(try JSONParser.parse("-9223372036854775808") == .int(Int.min))
        #expect(try JSONParser.parse("9223372036854775808") == .number(9_223_372_036_854_775_808))
        #expect(try JSONParser.parse("1.0") == .number(1.0))
        #expect(try JSONParser.parse("2") != .number(2.0))
        #expect(try JSONParser.parse("1e-400") == .number(0))
        #expect(try JSONParser.parse("123456789012345678901234567890") == .number(1.2345678901234568e29))
    }

    @Test("serialising and parsing again gives the same value, with control characters escaped")
    func roundTrip() throws {
        let values: [JSONValue] = [
            .object([("k\"ey", .string("line\nbreak\t\u{1}\u{1F}")), ("n", .number(0.1)), ("i", .int(-7)), ("z", .null)]),
            .array([.bool(true), .string("æ😀\\/"), .number(1e21), .number(-2.5)]),
        ]
        for value in values {
            let text = value.serialized
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
            #expect(try JSONParser.parse(text) == value)
        }
    }

    @Test("object lookup by key; type names for messages")
    func lookup() throws {
        let value = try JSONParser.parse(#"{"a": 1, "b": [true]}"#)
        #expect(value["a"] == .int(1))
        #expect(value["c"] == nil)
        #expect(JSONValue.array([])["a"] == nil)
        #expect(value.typeName == "an object")
        #expect(JSONValue.null.typeName == "null")
    }
}
