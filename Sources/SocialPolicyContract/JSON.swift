import SocialPolicyCore

/// A JSON value, parsed strictly and without Foundation.
///
/// Object keys keep their order. Numbers without a fraction or exponent that fit in `Int`
/// are ``int(_:)``; others are ``number(_:)``.
public indirect enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, keys in order.
    case object([(key: String, value: JSONValue)])

    /// The value for `key` in an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The JSON type's name, for messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Whether two values are equal.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// Hashes the same parts that equality compares.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(i)
        case .number(let d): hasher.combine(d)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let members):
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        }
    }
}

/// A strict JSON parser (RFC 8259), linear in its input, with documented limits.
///
/// Everything a hostile or careless host can send ends as a `PolicyError` naming the byte
/// offset (or the field) and what was wrong — never a crash, a hang, or a silently repaired
/// value:
///
/// - The input must be UTF-8. A UTF-8 byte order mark (`EF BB BF`) at the start is skipped;
///   any other invalid UTF-8 (a stray continuation byte, an overlong form, an encoded
///   surrogate, a truncated sequence, a byte `C0`, `C1` or `F5`–`FF`) is `malformed-input`
///   naming its byte offset.
/// - Work is linear in the size of the input: each byte is read a bounded number of times, and
///   duplicate keys are found with a hash set, not by comparing every pair of keys.
/// - The limits in ``Limits`` bound the size of the document, its nesting, the keys of one
///   object, the length of one string and the number of values. Exceeding one is
///   `limit-exceeded` (`PolicyError/Code/limitExceeded`), naming the limit.
public struct JSONParser: Sendable {
    /// The bounds a document must stay within. ``standard`` is what the library, the CLI and
    /// the fuzzer use; a host may pass tighter (or, knowingly, looser) ones.
    public struct Limits: Sendable, Hashable {
        /// The largest document, in bytes (the byte order mark included).
        public var maximumBytes: Int
        /// The deepest nesting of arrays and objects; deeper input is rejected before the
        /// stack can overflow.
        public var maximumDepth: Int
        /// The most keys one object may have.
        public var maximumKeysPerObject: Int
        /// The longest string (keys included), in bytes of its UTF-8 text as written in the
        /// document; also the longest number literal.
        public var maximumStringBytes: Int
        /// The most values (objects, arrays, strings, numbers, literals) in the document.
        public var maximumValues: Int

        /// Creates limits; every bound defaults to the ``standard`` one.
        public init(
            maximumBytes: Int = 8 * 1024 * 1024, maximumDepth: Int = 64, maximumKeysPerObject: Int = 10_000,
            maximumStringBytes: Int = 64 * 1024, maximumValues: Int = 1_000_000
        ) {
            self.maximumBytes = maximumBytes
            self.maximumDepth = maximumDepth
            self.maximumKeysPerObject = maximumKeysPerObject
            self.maximumStringBytes = maximumStringBytes
            self.maximumValues = maximumValues
        }

        /// 8 MiB, 64 levels, 10,000 keys per object, 64 KiB per string, 1,000,000 values. A
        /// scenario document is a few kilobytes: these bounds are far above any real case and
        /// far below what could exhaust a service.
        public static let standard = Limits()
    }

    /// The deepest nesting accepted by default (``Limits/standard``).
    public static let maximumDepth = Limits.standard.maximumDepth

    /// What one parse cost, for the tests that check that parsing is linear.
    package struct Statistics: Sendable, Hashable {
        /// Bytes of input.
        package var bytes = 0
        /// Values parsed.
        package var values = 0
        /// Key comparisons and hash-set probes made to find duplicate keys.
        package var keyComparisons = 0
        /// The deepest nesting reached.
        package var deepest = 0

        /// Nothing counted yet.
        package init() {}
    }

    private let bytes: [UInt8]
    private let limits: Limits
    private var index = 0
    private var statistics = Statistics()
    /// Where the parser is: the keys and indices leading to the current value, for errors.
    private var path: [PathStep] = []

    private enum PathStep {
        case key(String)
        case index(Int)
    }

    /// Objects with at most this many keys find duplicates by comparing keys; larger ones
    /// switch to a hash set, so that the check stays linear.
    private static let linearKeyScan = 8

    /// The current path as the contract writes fields (`facts.year`, `facts.list[2]`), or
    /// `json` at the top level.
    private var pathDescription: String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key):
                let name = key.isEmpty ? "\"\"" : PolicyError.excerpt(key, limit: 60)
                text += text.isEmpty ? name : ".\(name)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "json" : text
    }

    private init(_ bytes: [UInt8], limits: Limits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Parses one JSON value from `bytes` (UTF-8, optionally with a byte order mark), allowing
    /// surrounding whitespace.
    ///
    /// - Throws: `PolicyError` with code `malformed-input` and field `json` naming the byte
    ///   offset, or `limit-exceeded` when the document exceeds `limits`.
    public static func parse(_ bytes: [UInt8], limits: Limits = .standard) throws(PolicyError) -> JSONValue {
        var statistics = Statistics()
        return try parse(bytes, limits: limits, statistics: &statistics)
    }

    /// Parses one JSON value from `text`.
    public static func parse(_ text: String, limits: Limits = .standard) throws(PolicyError) -> JSONValue {
        try parse(Array(text.utf8), limits: limits)
    }

    /// Parses `bytes` and reports what the parse cost in `statistics` (also when it throws).
    package static func parse(
        _ bytes: [UInt8], limits: Limits, statistics: inout Statistics
    ) throws(PolicyError) -> JSONValue {
        var parser = JSONParser(bytes, limits: limits)
        parser.statistics.bytes = bytes.count
        defer { statistics = parser.statistics }
        guard bytes.count <= limits.maximumBytes else {
            throw PolicyError(
                code: .limitExceeded, field: "json",
                message: "the document has \(bytes.count) bytes; at most \(limits.maximumBytes) are accepted")
        }
        // A UTF-8 byte order mark is allowed (and ignored) at the very start.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.index = 3 }
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.error("unexpected data after the JSON value") }
        return value
    }

    private func error(_ message: String) -> PolicyError {
        PolicyError(code: .malformedInput, field: "json", message: "malformed JSON at byte \(index): \(message)")
    }

    private func limitError(_ field: String, _ message: String) -> PolicyError {
        PolicyError(code: .limitExceeded, field: field, message: "at byte \(index): \(message)")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(PolicyError) -> JSONValue {
        guard depth < limits.maximumDepth else {
            throw limitError("json", "nested deeper than \(limits.maximumDepth) levels")
        }
        statistics.values += 1
        if depth + 1 > statistics.deepest { statistics.deepest = depth + 1 }
        guard statistics.values <= limits.maximumValues else {
            throw limitError("json", "more than \(limits.maximumValues) values in the document")
        }
        guard index < bytes.count else { throw error("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected character")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(PolicyError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("unexpected end of input") }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] {
            throw error("invalid literal")
        }
        index += count
    }

    /// Whether `key` is already one of `members` (or of `seen`, once the object is large):
    /// linear in the number of keys overall, never quadratic.
    private mutating func isDuplicate(
        _ key: String, in members: [(key: String, value: JSONValue)], seen: inout Set<String>
    ) -> Bool {
        if members.count < Self.linearKeyScan {
            for member in members {
                statistics.keyComparisons += 1
                if member.key == key { return true }
            }
            return false
        }
        if seen.isEmpty {
            // The object just outgrew the scan: index the keys so far, once.
            seen.reserveCapacity(members.count * 2)
            for member in members { seen.insert(member.key) }
        }
        statistics.keyComparisons += 1
        return !seen.insert(key).inserted
    }

    private mutating func parseObject(depth: Int) throws(PolicyError) -> JSONValue {
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        var seen: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key") }
            guard members.count < limits.maximumKeysPerObject else {
                throw limitError(pathDescription, "more than \(limits.maximumKeysPerObject) keys in one object")
            }
            let key = try parseString()
            path.append(.key(key))
            if isDuplicate(key, in: members, seen: &seen) {
                // The field is the key's path (`facts.year`); never empty, even for the key "".
                throw PolicyError(
                    code: .malformedInput, field: pathDescription,
                    message: "the key \(PolicyError.quoted(key, limit: 40)) appears twice in one object")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':'") }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue(depth: depth + 1)))
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input in an object") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw error("expected ',' or '}'") }
            index += 1
            return .object(members)
        }
    }

    private mutating func parseArray(depth: Int) throws(PolicyError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            path.append(.index(items.count))
            items.append(try parseValue(depth: depth + 1))
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input in an array") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw error("expected ',' or ']'") }
            index += 1
            return .array(items)
        }
    }

    private mutating func parseHex4() throws(PolicyError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("unexpected end of input in \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// Checks the UTF-8 sequence that starts at `index` (a byte ≥ 0x80) and moves past it.
    ///
    /// Accepts exactly the well-formed sequences of the Unicode standard (table 3-7): no
    /// overlong forms, no encoded surrogates, nothing above U+10FFFF.
    private mutating func skipUTF8Sequence() throws(PolicyError) {
        let lead = bytes[index]
        let count: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: count = 2
        case 0xE0: count = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: count = 3
        case 0xED: count = 3; high = 0x9F
        case 0xF0: count = 4; low = 0x90
        case 0xF1...0xF3: count = 4
        case 0xF4: count = 4; high = 0x8F
        default:
            throw PolicyError(
                code: .malformedInput, field: "json",
                message: "invalid UTF-8 at byte \(index): 0x\(String(lead, radix: 16, uppercase: true)) cannot start a character")
        }
        for offset in 1..<count {
            let position = index + offset
            let range = offset == 1 ? low...high : 0x80...0xBF
            guard position < bytes.count, range.contains(bytes[position]) else {
                throw PolicyError(
                    code: .malformedInput, field: "json",
                    message: "invalid UTF-8 at byte \(position): the character that starts at byte \(index) is not well formed")
            }
        }
        index += count
    }

    private mutating func parseString() throws(PolicyError) -> String {
        index += 1
        let start = index
        // Strings without escapes (nearly all) are decoded straight from the input; an escape
        // switches to a buffer of UTF-8 bytes. Either way each byte is looked at once.
        var buffer: [UInt8] = []
        var escaped = false
        var runStart = start
        while true {
            guard index - start <= limits.maximumStringBytes else {
                throw limitError(pathDescription, "a string longer than \(limits.maximumStringBytes) bytes")
            }
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String
                if escaped {
                    buffer.append(contentsOf: bytes[runStart..<index])
                    text = String(decoding: buffer, as: UTF8.self)
                } else {
                    text = String(decoding: bytes[start..<index], as: UTF8.self)
                }
                index += 1
                return text
            }
            if byte < 0x20 { throw error("control character in a string") }
            if byte >= 0x80 {
                try skipUTF8Sequence()
                continue
            }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            escaped = true
            buffer.append(contentsOf: bytes[runStart..<index])
            index += 1
            guard index < bytes.count else { throw error("unterminated escape") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var code = try parseHex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                    else { throw error("unpaired surrogate") }
                    index += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw error("unpaired surrogate")
                }
                guard let scalar = Unicode.Scalar(code) else { throw error("invalid code point") }
                buffer.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
            default: throw error("invalid escape")
            }
            runStart = index
        }
    }

    private mutating func parseNumber() throws(PolicyError) -> JSONValue {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            let begin = parser.index
            while parser.index < parser.bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index])
            {
                parser.index += 1
            }
            return parser.index - begin
        }
        let intDigits = digits(&self)
        guard intDigits > 0 else { throw error("invalid number") }
        if intDigits > 1, bytes[index - intDigits] == UInt8(ascii: "0") { throw error("leading zero in a number") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard digits(&self) > 0 else { throw error("invalid fraction") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error("invalid exponent") }
        }
        guard index - start <= limits.maximumStringBytes else {
            throw limitError(pathDescription, "a number longer than \(limits.maximumStringBytes) bytes")
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else { throw error("number out of range") }
        return .number(value)
    }
}

extension JSONValue {
    /// The value serialised compactly, keys in order.
    public var serialized: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the value compactly to `output`.
    public func write(to output: inout String) {
        var bytes: [UInt8] = []
        write(to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the value compactly, as UTF-8, to `output` (the serialiser's own form: no
    /// intermediate strings).
    package func write(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .number(let number): output.append(contentsOf: JSONValue.format(number).utf8)
        case .string(let text): JSONValue.writeString(text, to: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            var first = true
            for item in items {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            var first = true
            for member in members {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                JSONValue.writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A number in JSON form: whole numbers without a fraction, others in Swift's shortest form.
    static func format(_ number: Double) -> String {
        if abs(number) < 1e15, let whole = Int(exactly: number) { return String(whole) }
        return "\(number)"
    }

    static func writeString(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        writeString(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `text` as a JSON string: runs of bytes that need no escape are copied at once.
    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let hexDigits: StaticString = "0123456789abcdef"
            while index < utf8.count {
                let byte = utf8[index]
                let escape: UInt8?
                switch byte {
                case UInt8(ascii: "\""): escape = UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
                case 0x0A: escape = UInt8(ascii: "n")
                case 0x0D: escape = UInt8(ascii: "r")
                case 0x09: escape = UInt8(ascii: "t")
                case 0..<0x20: escape = 0
                default: escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                output.append(UInt8(ascii: "\\"))
                if escape == 0 {
                    output.append(contentsOf: "u00".utf8)
                    hexDigits.withUTF8Buffer { digits in
                        output.append(digits[Int(byte >> 4)])
                        output.append(digits[Int(byte & 0x0F)])
                    }
                } else {
                    output.append(escape)
                }
                index += 1
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
