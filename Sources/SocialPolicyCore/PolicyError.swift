/// Bad input, as a value: what was wrong, and where.
///
/// Every way a host or a scenario file can get the input wrong — a missing required fact, a
/// fact of the wrong type, an unknown enum value, an impossible date, an unknown question, a
/// date before the first rule set — ends as a `PolicyError`, never as a crash and never as a
/// silent default. The ``field`` is the input path (`facts.intervention`, `asOf`), so a case
/// system can point its user at the field to correct.
///
/// Errors compare equal by ``code`` and ``field``; the ``message`` is for people and may be
/// reworded between releases.
///
/// An error never echoes unbounded input: a ``field`` longer than ``maximumFieldLength``
/// characters and a ``message`` longer than ``maximumMessageLength`` are cut and end in `…`, so
/// that a 10 MB fact name gives an error line of a few hundred bytes, not 20 MB.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable kind of error. New codes may be added in minor releases.
    public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
        /// The code's stable spelling, e.g. `wrong-type`.
        public let rawValue: String
        /// Creates a code from its spelling.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The canonical spelling.
        public var description: String { rawValue }

        /// The input is not well-formed JSON.
        public static let malformedInput = Code(rawValue: "malformed-input")
        /// A required field or fact is absent or `null`.
        public static let missingField = Code(rawValue: "missing-field")
        /// A field or fact has the wrong JSON type.
        public static let wrongType = Code(rawValue: "wrong-type")
        /// A string is not one of the listed enum values.
        public static let unknownValue = Code(rawValue: "unknown-value")
        /// A fact name is not one the question reads.
        public static let unknownFact = Code(rawValue: "unknown-fact")
        /// A date is malformed or does not exist.
        public static let invalidDate = Code(rawValue: "invalid-date")
        /// A number is outside the range the fact allows.
        public static let outOfRange = Code(rawValue: "out-of-range")
        /// The question id is not in the catalogue.
        public static let unknownQuestion = Code(rawValue: "unknown-question")
        /// The municipality is not one the library or the host knows.
        public static let unknownMunicipality = Code(rawValue: "unknown-municipality")
        /// No rule set is in force on the date asked about (before 2013-01-01).
        public static let noRuleSet = Code(rawValue: "no-rule-set")
        /// The input exceeds one of the documented limits (the size of a document, its
        /// nesting, the keys of one object, the length of a string, the number of values).
        public static let limitExceeded = Code(rawValue: "limit-exceeded")
    }

    /// The longest ``field`` kept, in characters; a longer one is cut and ends in `…`.
    public static let maximumFieldLength = 200
    /// The longest ``message`` kept, in characters; a longer one is cut and ends in `…`.
    public static let maximumMessageLength = 4_000

    /// The kind of error.
    public let code: Code
    /// The input path of the offending field, e.g. `facts.decisionDate`.
    public let field: String
    /// A one-line explanation for a person, naming what was expected.
    public let message: String

    /// Creates an error; a `field` or `message` over its maximum length is cut (ending in `…`).
    public init(code: Code, field: String, message: String) {
        self.code = code
        self.field = PolicyError.bounded(field, PolicyError.maximumFieldLength)
        self.message = PolicyError.bounded(message, PolicyError.maximumMessageLength)
    }

    /// `text` if it has at most `limit` characters, else its first `limit - 1` and `…`.
    /// Looks at no more than `limit` characters of `text`, however long it is.
    static func bounded(_ text: String, _ limit: Int) -> String {
        // Fast path: a text of at most `limit` bytes has at most `limit` characters.
        if text.utf8.count <= limit { return text }
        var end = text.startIndex
        var count = 0
        while end < text.endIndex, count < limit {
            end = text.index(after: end)
            count += 1
        }
        if end == text.endIndex { return text }
        return String(text[..<text.index(before: end)]) + "…"
    }

    /// At most `limit` characters of a piece of input, for an error's field or message: the
    /// text itself when short, otherwise its beginning, `…` and its length in bytes. Control
    /// characters are shown as `\u{…}` so that an error stays on one line.
    public static func excerpt(_ text: some StringProtocol, limit: Int = 60) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                return result + "… (\(text.utf8.count) bytes)"
            }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return result
    }

    /// ``excerpt(_:limit:)`` in double quotes.
    public static func quoted(_ text: some StringProtocol, limit: Int = 60) -> String {
        "\"" + excerpt(text, limit: limit) + "\""
    }

    /// `field: message`, one line.
    public var description: String { "\(field): \(message)" }

    /// Whether two values are equal.
    public static func == (lhs: PolicyError, rhs: PolicyError) -> Bool {
        lhs.code == rhs.code && lhs.field == rhs.field
    }

    /// Hashes the same parts that equality compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(field)
    }

    /// The same error reported under a longer path (`decisionDate` → `facts.decisionDate`).
    public func prefixed(with parent: String) -> PolicyError {
        PolicyError(code: code, field: field.isEmpty ? parent : "\(parent).\(field)", message: message)
    }
}
