import SocialPolicyCore

/// Where ``FactSynthesizer`` takes its choices from: a seeded generator for benchmarks and
/// property tests (``SplitMix64``), or the bytes of a fuzzer's input (``ByteChoices``).
package protocol ChoiceSource {
    /// A number in `0..<count`; `count` is at least 1.
    mutating func choose(_ count: Int) -> Int
}

/// A small, fast, deterministic pseudo-random generator (SplitMix64): the same seed gives the
/// same sequence on every platform and run.
package struct SplitMix64: ChoiceSource, Sendable {
    private var state: UInt64

    /// Creates a generator from `seed`.
    package init(seed: UInt64) { self.state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }

    /// A choice in `0..<count` drawn from the source (0 when `count` is at most 1).
    package mutating func choose(_ count: Int) -> Int {
        guard count > 1 else { return 0 }
        return Int(next() % UInt64(count))
    }

    /// A stable 64-bit seed for a string (FNV-1a), unlike `Hasher`, which differs per run.
    package static func seed(for text: String, base: UInt64 = 0) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ base
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// Choices read from a byte string, for fuzzing: each choice consumes one byte (two when more
/// than 256 alternatives), so a fuzzer's mutations map onto the structure it builds. When the
/// bytes run out every choice is 0.
package struct ByteChoices: ChoiceSource, Sendable {
    private let bytes: [UInt8]
    private var index = 0

    /// Reads choices from `bytes`.
    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been used.
    package var isExhausted: Bool { index >= bytes.count }

    private mutating func byte() -> Int {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return Int(bytes[index])
    }

    /// A choice in `0..<count` drawn from the source (0 when `count` is at most 1).
    package mutating func choose(_ count: Int) -> Int {
        guard count > 1 else { return 0 }
        if count <= 256 { return byte() % count }
        return (byte() << 8 | byte()) % count
    }
}

/// Builds the facts of a case from a question's ``FactSpec`` list: every fact known or
/// unknown, of its declared type — and, unless ``validOnly``, sometimes a bad value (a wrong
/// type, an impossible date, an unknown enum value, a number out of range, an unknown fact).
///
/// Used by the benchmark (valid facts from a seeded generator) and the fuzzer (facts of every
/// kind from the fuzzer's bytes). Works for any question, so new questions are covered as
/// soon as they join ``PolicyCatalogue/standard``.
package struct FactSynthesizer<Source: ChoiceSource> {
    /// Where the choices come from.
    package var source: Source
    /// Whether to produce only values of the declared types (otherwise about one fact in
    /// eight is bad input).
    package var validOnly: Bool

    /// The range of dates generated for date facts.
    package static var dateRange: ClosedRange<CivilDate> { CivilDate(1930, 1, 1)...CivilDate(2100, 12, 31) }
    /// The range of `asOf` dates generated.
    package static var asOfRange: ClosedRange<CivilDate> { CivilDate(2013, 1, 1)...CivilDate(2040, 12, 31) }

    /// Creates a synthesizer.
    package init(source: Source, validOnly: Bool) {
        self.source = source
        self.validOnly = validOnly
    }

    /// A date in `range`, uniformly.
    package mutating func date(in range: ClosedRange<CivilDate>) -> CivilDate {
        let first = range.lowerBound.dayNumber
        let span = range.upperBound.dayNumber - first + 1
        return CivilDate(dayNumber: first + source.choose(span))
    }

    /// An `asOf` date: 2013–2040, or — for bad input — a date before the first rule set.
    package mutating func asOf() -> CivilDate {
        if !validOnly, source.choose(16) == 0 {
            return [CivilDate(2012, 12, 31), CivilDate(1900, 1, 1), CivilDate(1, 1, 1)][source.choose(3)]
        }
        return date(in: Self.asOfRange)
    }

    /// Facts for `specs`, keyed by name; unknown facts are absent.
    package mutating func facts(for specs: [FactSpec]) -> [String: FactValue] {
        var facts: [String: FactValue] = [:]
        for spec in specs {
            if let value = value(for: spec) { facts[spec.name] = value }
        }
        if !validOnly, source.choose(32) == 0 {
            facts["notAFactOfThisQuestion"] = .bool(true)
        }
        return facts
    }

    /// A value for one fact, or `nil` for unknown (never for a required fact in valid mode).
    package mutating func value(for spec: FactSpec) -> FactValue? {
        if !validOnly, source.choose(8) == 0 { return badValue(for: spec) }
        if !spec.required, source.choose(4) == 0 { return nil }
        switch spec.kind {
        case .bool:
            return .bool(source.choose(2) == 1)
        case .int(let range):
            let span = range.upperBound &- range.lowerBound
            if span >= 0, span <= 200 { return .int(range.lowerBound + source.choose(span + 1)) }
            // Wide ranges: small counts are the realistic ones (weeks, meetings, hours).
            return .int(range.lowerBound + source.choose(13))
        case .date:
            return .string(date(in: Self.dateRange).description)
        case .enumeration(let values):
            guard !values.isEmpty else { return nil }
            return .string(values[source.choose(values.count)])
        case .enumerationList(let values):
            guard !values.isEmpty else { return .array([]) }
            var picked: [FactValue] = []
            for _ in 0..<source.choose(4) {
                let value = FactValue.string(values[source.choose(values.count)])
                if !picked.contains(value) { picked.append(value) }
            }
            return .array(picked)
        }
    }

    /// A value the question must reject (or, for some kinds, a borderline one it may accept).
    mutating func badValue(for spec: FactSpec) -> FactValue? {
        let badDates = [
            "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "24-01-01", "",
            "2024-02-30T00:00", "99999-01-01", "0000-00-00", "2024/01/01", "２０２４-01-01",
        ]
        let wrongTypes: [FactValue] = [
            .bool(true), .int(1), .number(2.5), .string("true"), .array([]), .object,
            .array([.int(1)]), .string("2024-01-01"), .int(Int.min), .number(-0.0),
        ]
        switch source.choose(4) {
        case 0:
            return wrongTypes[source.choose(wrongTypes.count)]
        case 1:
            if case .date = spec.kind { return .string(badDates[source.choose(badDates.count)]) }
            return nil  // unknown, even when required
        case 2:
            switch spec.kind {
            case .int(let range):
                let candidates = [range.lowerBound &- 1, range.upperBound &+ 1, Int.max, Int.min, range.upperBound]
                return .int(candidates[source.choose(candidates.count)])
            case .enumeration:
                return .string(["", "x-unknown", "Permitted", "null"][source.choose(4)])
            case .enumerationList(let values):
                return .array([.string(values.first ?? ""), [FactValue.string("x-unknown"), .int(3), .array([])][source.choose(3)]])
            default:
                return wrongTypes[source.choose(wrongTypes.count)]
            }
        default:
            return .string(badDates[source.choose(badDates.count)])
        }
    }
}
