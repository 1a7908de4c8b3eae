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
            "\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\"", "\"\\uD800x\"", "/* c */ {}", "{\"a\":1 // c\n}", "\u{FEFF}", "\u{FEFF}\u{FEFF}{}", " \u{FEFF}{}",
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

    @Test(
        "invalid UTF-8 is rejected naming the byte offset, never repaired (RFC 8259 § 8.1; Unicode table 3-7)",
        arguments: [
            ([0x22, 0x61, 0xFF, 0xC3, 0x22], 2),  // 0xFF never starts a character
            ([0x22, 0x61, 0xC3, 0x22], 3),  // a 2-byte lead followed by the closing quote
            ([0x22, 0x80, 0x22], 1),  // a stray continuation byte
            ([0x22, 0xC0, 0xAF, 0x22], 1),  // an overlong "/"
            ([0x22, 0xE0, 0x80, 0xAF, 0x22], 2),  // an overlong 3-byte form
            ([0x22, 0xED, 0xA0, 0x80, 0x22], 2),  // an encoded surrogate (U+D800)
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 2),  // above U+10FFFF
            ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], 1),
            ([0x22, 0xE2, 0x82], 3),  // truncated at the end of the input
            ([0x7B, 0x22, 0x6B, 0xFE, 0x22, 0x3A, 0x31, 0x7D], 3),  // inside a key
        ] as [([UInt8], Int)])
    func invalidUTF8IsRejectedWithOffset(bytes: [UInt8], offset: Int) {
        do {
            let value = try JSONParser.parse(bytes)
            Issue.record("accepted invalid UTF-8 as \(value)")
        } catch {
            #expect(error.code == .malformedInput)
            #expect(error.field == "json")
            #expect(error.message.contains("invalid UTF-8 at byte \(offset)"), "\(error.message)")
        }
    }

    @Test("every well-formed UTF-8 character passes through unchanged (Unicode table 3-7)")
    func wellFormedUTF8() throws {
        let text = "\u{7F}\u{80}\u{7FF}\u{800}\u{FFF}\u{D7FF}\u{E000}\u{FFFD}\u{FFFF}\u{10000}\u{10FFFF} æøå § 😀"
        #expect(try JSONParser.parse(Array(("\"" + text + "\"").utf8)) == .string(text))
    }

    @Test("a UTF-8 byte order mark at the start is accepted and ignored (RFC 8259 § 8.1)")
    func byteOrderMarkIsAccepted() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)) == .object([("a", .int(1))]))
        #expect(try JSONParser.parse("\u{FEFF} [true] ") == .array([.bool(true)]))
        // Offsets still count the mark's bytes.
        #expect(throws: PolicyError(code: .malformedInput, field: "json", message: "")) { try JSONParser.parse("\u{FEFF}[,]") }
        do {
            _ = try JSONParser.parse([0xEF, 0xBB, 0xBF, 0x5B, 0x2C])
        } catch {
            #expect(error.message.contains("at byte 4"), "\(error.message)")
        }
        // Inside a string U+FEFF is an ordinary character.
        #expect(try JSONParser.parse("\"\u{FEFF}\"") == .string("\u{FEFF}"))
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

    /// An object of `count` distinct keys, `{"k0":0,"k1":0,…}`.
    static func wideObject(_ count: Int, prefix: String = "k") -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(count * 12)
        for index in 0..<count {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += Array("\"\(prefix)\(index)\":0".utf8)
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    @Test("the duplicate-key check is linear: 200,000 keys cost at most 2 comparisons each (issue 13 item 3)")
    func duplicateKeyCheckIsLinear() throws {
        // Before the fix every key was compared with every earlier one: 200,000 keys made
        // 19,999,900,000 comparisons (92 s in release). The count, not the time, is asserted.
        let keys = 200_000
        let document = Self.wideObject(keys)
        let unbounded = JSONParser.Limits(maximumBytes: .max, maximumKeysPerObject: .max, maximumValues: .max)
        var statistics = JSONParser.Statistics()
        let value = try JSONParser.parse(document, limits: unbounded, statistics: &statistics)
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.count == keys)
        print("json: \(keys) keys, \(document.count) bytes, \(statistics.keyComparisons) key comparisons")
        #expect(statistics.keyComparisons <= 2 * keys)
        // A duplicate at the very end is still found, naming its key.
        var duplicated = Array(document.dropLast())
        duplicated += Array(",\"k17\":1}".utf8)
        #expect(throws: PolicyError(code: .malformedInput, field: "k17", message: "")) {
            try JSONParser.parse(duplicated, limits: unbounded)
        }
    }

    @Test("work is linear in the input for wide, long and deep documents (values, comparisons per byte)")
    func parsingIsLinear() throws {
        let unbounded = JSONParser.Limits(
            maximumBytes: .max, maximumDepth: 64, maximumKeysPerObject: .max, maximumStringBytes: .max, maximumValues: .max)
        for scale in [1_000, 10_000, 100_000] {
            let documents: [[UInt8]] = [
                Self.wideObject(scale),
                Array(("[" + Array(repeating: "0", count: scale).joined(separator: ",") + "]").utf8),
                Array(("\"" + String(repeating: "\\n\\u00e6x", count: scale) + "\"").utf8),
                Array(("[" + Array(repeating: "[[[[{\"a\":[1,{\"b\":null}]}]]]]", count: scale / 10).joined(separator: ",") + "]").utf8),
            ]
            for document in documents {
                var statistics = JSONParser.Statistics()
                _ = try JSONParser.parse(document, limits: unbounded, statistics: &statistics)
                #expect(statistics.values <= document.count)
                #expect(statistics.keyComparisons <= document.count)
            }
        }
    }

    @Test(
        "each documented limit gives limit-exceeded naming the limit",
        arguments: [
            ("size", JSONParser.Limits(maximumBytes: 10), #"{"a": "0123456789"}"#, "json"),
            ("depth", JSONParser.Limits(maximumDepth: 2), #"[[[1]]]"#, "json"),
            ("keys", JSONParser.Limits(maximumKeysPerObject: 2), #"{"facts": {"a": 1, "b": 2, "c": 3}}"#, "facts"),
            ("string", JSONParser.Limits(maximumStringBytes: 4), #"{"id": "abcdef"}"#, "id"),
            ("number", JSONParser.Limits(maximumStringBytes: 4), #"[123456]"#, "[0]"),
            ("values", JSONParser.Limits(maximumValues: 3), #"[1, 2, 3]"#, "json"),
        ] as [(String, JSONParser.Limits, String, String)])
    func limits(name: String, limits: JSONParser.Limits, text: String, field: String) {
        #expect(throws: PolicyError(code: .limitExceeded, field: field, message: ""), "\(name)") {
            try JSONParser.parse(text, limits: limits)
        }
    }

    @Test("the standard limits reject the 200,000-key object and a 10 MB string quickly, with a named error")
    func standardLimitsRejectHugeInput() {
        var statistics = JSONParser.Statistics()
        #expect(throws: PolicyError(code: .limitExceeded, field: "json", message: "")) {
            try JSONParser.parse(Self.wideObject(200_000), limits: .standard, statistics: &statistics)
        }
        #expect(statistics.values <= JSONParser.Limits.standard.maximumKeysPerObject + 1)
        let longKey = Array(("{\"" + String(repeating: "x", count: 10_000_000) + "\": 1}").utf8)
        #expect(throws: PolicyError(code: .limitExceeded, field: "json", message: "")) { try JSONParser.parse(longKey) }
        let longString = Array(("{\"id\": \"" + String(repeating: "x", count: 1_000_000) + "\"}").utf8)
        do {
            _ = try JSONParser.parse(longString)
            Issue.record("a 1 MB string was accepted")
        } catch {
            #expect(error.code == .limitExceeded)
            #expect(error.field == "id")
            #expect(error.description.utf8.count < 300)
        }
    }

    @Test("a duplicated 10 MB key echoes at most a short excerpt of it")
    func longDuplicateKeyIsTruncated() {
        let key = String(repeating: "k", count: 10_000_000)
        let limits = JSONParser.Limits(maximumBytes: .max, maximumStringBytes: .max)
        do {
            _ = try JSONParser.parse("{\"\(key)\": 1, \"\(key)\": 2}", limits: limits)
            Issue.record("duplicate accepted")
        } catch {
            #expect(error.code == .malformedInput)
            #expect(error.description.utf8.count < 400, "\(error.description.utf8.count) bytes")
        }
    }
}
