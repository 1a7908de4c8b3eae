import SocialPolicyCore

/// One line of the service mode (`policy-check serve`, `evaluate -` with JSON Lines): a
/// scenario in, one decision or one error object out.
///
/// The CLI and `policy-bench` share this, so the throughput the benchmark reports is the
/// throughput of the code the service runs.
package enum JSONLines {
    /// The answer to one input line, without its newline; `nil` for a blank line (which the
    /// service skips without answering).
    ///
    /// A carriage return before the newline and a UTF-8 byte order mark are dropped. Every
    /// failure is an error object with `code`, `field` and the line number; nothing throws.
    /// - Parameters:
    ///   - line: The line's bytes, without the newline.
    ///   - number: The line number (from 1), reported in an error object.
    ///   - explain: Whether the decision carries its explanation (`--explain`, the default) or
    ///     only outcome, values, obligations and missing facts (`--no-explain`).
    ///   - language: The language of the explanation, or `nil` for the scenario's own.
    ///   - catalogue: The questions and municipalities.
    package static func answer(
        _ line: ArraySlice<UInt8>, number: Int, explain: Bool, language: Language?, catalogue: PolicyCatalogue
    ) -> String? {
        var bytes: [UInt8] = []
        guard answer(line, number: number, explain: explain, language: language, catalogue: catalogue, into: &bytes)
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the answer to one input line, without its newline, to `output` (the service's
    /// own form: no `String` is made for the answer); returns `false`, appending nothing, for a
    /// blank line.
    ///
    /// The bytes appended are exactly those of ``answer(_:number:explain:language:catalogue:)``.
    /// - Parameters:
    ///   - line: The line's bytes, without the newline.
    ///   - number: The line number (from 1), reported in an error object.
    ///   - explain: Whether the decision carries its explanation.
    ///   - language: The language of the explanation, or `nil` for the scenario's own.
    ///   - catalogue: The questions and municipalities.
    ///   - output: The buffer the answer is appended to.
    package static func answer(
        _ line: ArraySlice<UInt8>, number: Int, explain: Bool, language: Language?, catalogue: PolicyCatalogue,
        into output: inout [UInt8]
    ) -> Bool {
        var bytes = Array(line)
        if bytes.last == 0x0D { bytes.removeLast() }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return false }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            output.append(contentsOf: DecisionJSON.errorLine(id: nil, file: nil, error: error, line: number).utf8)
            return true
        }
        do throws(PolicyError) {
            let scenario = try Scenario(json: json)
            let decision = explain ? try catalogue.evaluate(scenario) : try catalogue.summary(scenario)
            DecisionJSON.json(decision, explain: explain, language: language).write(to: &output)
        } catch {
            output.append(contentsOf: DecisionJSON.errorLine(id: Scenario.id(in: json), file: nil, error: error, line: number).utf8)
        }
        return true
    }
}
