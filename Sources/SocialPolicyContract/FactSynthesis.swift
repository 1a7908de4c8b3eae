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

/// Large and odd JSON documents for the fuzzer's hostile mode and the replay of its
/// regressions: wide objects, long strings and numbers, deep nesting, many values, invalid
/// UTF-8, long runs of escapes and huge fact names — the size-dependent inputs a fuzzer
/// limited to a few kilobytes of mutated bytes never reaches.
///
/// A few bytes describe a document of up to 16 MB (``Plan``), so the fuzzer mutates the plan
/// and a regression is kept as its plan (`Fuzz/regressions/*.plan`), not as megabytes.
package enum HostileDocument {
    /// The kinds of document.
    package enum Shape: Int, CaseIterable, Sendable {
        /// A `facts` object with `count` keys (real fact names first, then `k0`, `k1`, …).
        case wideObject
        /// A string of `count` bytes as the scenario's `id` or a fact's value.
        case longString
        /// Arrays and objects nested `count` deep inside a fact.
        case deepNesting
        /// An array of `count` values inside a fact.
        case manyValues
        /// A number literal of `count` digits.
        case longNumber
        /// A valid scenario with one invalid UTF-8 sequence (or a byte order mark) inside it.
        case invalidUTF8
        /// A string of `count` escapes (`\n`, `\u00e6`, surrogate pairs).
        case escapes
        /// One fact whose name has `count` bytes.
        case longFactName
    }

    /// What to build: the shape, a size and a variant, readable from and writable to bytes.
    package struct Plan: Sendable, Hashable {
        /// The kind of document.
        package var shape: Shape
        /// Its size: keys, bytes, levels, values or digits, by shape.
        package var count: Int
        /// Small choices within the shape (which question, which byte, where).
        package var variant: UInt8

        /// A plan.
        package init(shape: Shape, count: Int, variant: UInt8 = 0) {
            self.shape = shape
            self.count = count
            self.variant = variant
        }

        /// Reads a plan: a shape byte, a scale byte, two size bytes and a variant byte. The size
        /// is `size << (scale % 9)`, so sizes from 0 to 16 M are a few mutations apart; with
        /// the variant's top bit set, the size is instead the standard limit the shape tests,
        /// minus one, exactly, or plus one.
        package init(_ source: inout some ChoiceSource) {
            shape = Shape(rawValue: source.choose(Shape.allCases.count)) ?? .wideObject
            let scale = source.choose(256) % 9
            let size = source.choose(256) << 8 | source.choose(256)
            variant = UInt8(truncatingIfNeeded: source.choose(256))
            if variant & 0x80 != 0 {
                count = max(0, Plan.limit(for: shape) + Int(variant & 3) - 1)
            } else {
                count = min(size << scale, Plan.largest(for: shape))
            }
        }

        /// The largest size built, so that no document exceeds about 16 MB (twice the standard
        /// size limit): large enough to cross every limit, small enough to build in milliseconds.
        package static func largest(for shape: Shape) -> Int {
            switch shape {
            case .wideObject: return 1_500_000
            case .manyValues: return 8_000_000
            case .deepNesting: return 3_000_000
            case .longString, .longNumber, .escapes, .longFactName, .invalidUTF8: return 16_000_000
            }
        }

        /// The bytes that ``init(_:)`` reads back as this plan (the size rounded to what the
        /// encoding can hold), for writing a regression.
        package var bytes: [UInt8] {
            var scale = 0
            var size = count
            while size > 0xFFFF, scale < 8 {
                size = (size + 1) >> 1
                scale += 1
            }
            size = min(size, 0xFFFF)
            return [
                UInt8(shape.rawValue), UInt8(scale), UInt8(size >> 8), UInt8(size & 0xFF), variant & 0x7F,
            ]
        }

        /// The standard limit a shape runs into.
        static func limit(for shape: Shape) -> Int {
            let limits = JSONParser.Limits.standard
            switch shape {
            case .wideObject: return limits.maximumKeysPerObject
            case .longString, .longNumber, .longFactName, .escapes: return limits.maximumStringBytes
            case .deepNesting: return limits.maximumDepth
            case .manyValues: return limits.maximumValues
            case .invalidUTF8: return limits.maximumBytes
            }
        }
    }

    /// The question a plan's scenario asks: a real one, so that the facts reach a question.
    static func question(_ plan: Plan) -> AnyPolicyQuestion? {
        let questions = PolicyCatalogue.standard.questions
        guard !questions.isEmpty else { return nil }
        return questions[Int(plan.variant) % questions.count]
    }

    /// The document a plan describes, as bytes.
    package static func document(_ plan: Plan) -> [UInt8] {
        let question = Self.question(plan)
        let id = question?.id ?? "calendar.holidays"
        let names = question?.factSpecs.map(\.name) ?? []
        var out: [UInt8] = []
        func append(_ text: String) { out.append(contentsOf: text.utf8) }
        func open(facts: Bool = true) {
            append("{\"id\":\"hostile\",\"question\":\"\(id)\",\"asOf\":\"2025-03-10\"")
            if facts { append(",\"facts\":{") }
        }
        func close() { append("}}") }
        let count = plan.count
        switch plan.shape {
        case .wideObject:
            open()
            out.reserveCapacity(out.count + count * 10)
            for index in 0..<count {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if index < names.count { append("\"\(names[index])\":null") } else { append("\"k\(index)\":0") }
            }
            // Variant bit 0: repeat the first key at the end (a duplicate after many keys).
            if plan.variant & 1 == 1, count > 0 { append(",\"\(names.first ?? "k0")\":null") }
            close()
        case .longString:
            let unit: [UInt8] = plan.variant & 1 == 1 ? Array("æ".utf8) : [UInt8(ascii: "x")]
            let text = Array(repeatElement(unit, count: max(0, count / unit.count)).joined())
            if plan.variant & 2 == 2 {
                append("{\"id\":\"")
                out += text
                append("\",\"question\":\"\(id)\",\"asOf\":\"2025-03-10\",\"facts\":{}}")
            } else {
                open()
                append("\"\(names.first ?? "x")\":\"")
                out += text
                append("\"")
                close()
            }
        case .deepNesting:
            open()
            append("\"\(names.first ?? "x")\":")
            out.reserveCapacity(out.count + count * 6)
            for level in 0..<count { append(level % 2 == 0 || plan.variant & 1 == 0 ? "[" : "{\"a\":") }
            append("1")
            for level in (0..<count).reversed() { append(level % 2 == 0 || plan.variant & 1 == 0 ? "]" : "}") }
            close()
        case .manyValues:
            open()
            append("\"\(names.first ?? "x")\":[")
            out.reserveCapacity(out.count + count * 2)
            for index in 0..<count { append(index == 0 ? "0" : ",0") }
            append("]")
            close()
        case .longNumber:
            open()
            append("\"\(names.first ?? "x")\":")
            if plan.variant & 1 == 1 { append("-") }
            out.append(UInt8(ascii: "1"))
            out += [UInt8](repeating: UInt8(ascii: "7"), count: max(0, count - 1))
            if plan.variant & 2 == 2 { append(".5e-3") }
            close()
        case .invalidUTF8:
            let bad: [[UInt8]] = [
                [0xFF], [0xC3], [0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                [0xEF, 0xBB, 0xBF],
            ]
            let sequence = bad[Int(plan.variant) % bad.count]
            var valid: [UInt8] = []
            if plan.variant & 0x40 != 0 { valid += [0xEF, 0xBB, 0xBF] }  // a byte order mark first
            valid += Array("{\"id\":\"utf8 æøå\",\"question\":\"\(id)\",\"asOf\":\"2025-03-10\",\"facts\":{}}".utf8)
            // Insert inside the id string (positions 7 … 18), or at `count` anywhere.
            let position = plan.variant & 0x20 != 0 ? count % (valid.count + 1) : 7 + count % 12
            out = Array(valid[..<min(position, valid.count)]) + sequence + Array(valid[min(position, valid.count)...])
        case .escapes:
            open()
            append("\"\(names.first ?? "x")\":\"")
            let escapes = ["\\n", "\\u00e6", "\\uD83D\\uDE00", "\\\"", "\\\\", "\\/", "a"]
            var written = 0
            var index = 0
            while written < count {
                let escape = escapes[(index + Int(plan.variant)) % escapes.count]
                append(escape)
                written += escape.utf8.count
                index += 1
            }
            append("\"")
            close()
        case .longFactName:
            open()
            append("\"")
            out += [UInt8](repeating: UInt8(ascii: "n"), count: count)
            append("\":true")
            close()
        }
        return out
    }

    /// For ``Shape/longFactName``: the same huge name handed to a ``FactBag`` directly, as a
    /// Swift host would, bypassing the parser's string limit.
    package static func factName(_ plan: Plan) -> String {
        String(repeating: "n", count: plan.count)
    }
}
