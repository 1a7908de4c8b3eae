// `policy-check serve`: a co-process for hosts that are not Swift (issue 12 item 3). JSON
// Lines in, one answer per line out, in input order; a bad line is answered with an error
// object and the stream goes on; exit 0 at the end of input.
//
// Built for throughput: each line is parsed once, answers are collected in one output buffer
// and written when the input has no complete line left (so a co-process that waits for each
// answer gets it at once, and a batch is written in large writes), and nothing on the
// per-line path uses Foundation.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import SocialPolicyKit

/// The longest line `serve` reads: 1 MiB. A longer line is answered with an error and skipped
/// up to its end, without holding it in memory.
let maximumLineBytes = 1 << 20

struct ServeOptions {
    var explain = true
    var language: Language? = nil
}

/// Answers one line (the shared per-line code of the service mode, which `policy-bench`
/// measures too).
@inline(__always)
func answer(_ line: ArraySlice<UInt8>, number: Int, options: ServeOptions, catalogue: PolicyCatalogue, into output: OutputBuffer) {
    output.line { bytes in
        JSONLines.answer(
            line, number: number, explain: options.explain, language: options.language, catalogue: catalogue,
            into: &bytes)
    }
}

func runServe(_ options: ServeOptions, catalogue: PolicyCatalogue) -> Int32 {
    let output = Console.out
    var pending: [UInt8] = []
    pending.reserveCapacity(1 << 17)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var lineNumber = 0
    /// Skipping the rest of a line that was too long.
    var skipping = false
    while true {
        let count = chunk.withUnsafeMutableBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return systemRead(0, base, buffer.count)
        }
        if count < 0 {
            if errno == EINTR { continue }
            output.flush()
            Console.error("policy-check serve: cannot read standard input: \(errorText(errno))")
            return ExitStatus.badInput
        }
        if count == 0 { break }
        var start = 0
        let received = chunk[0..<count]
        var index = received.startIndex
        while let newline = received[index...].firstIndex(of: 0x0A) {
            if skipping {
                skipping = false
            } else {
                lineNumber += 1
                if pending.isEmpty {
                    answer(received[start..<newline], number: lineNumber, options: options, catalogue: catalogue, into: output)
                } else {
                    pending.append(contentsOf: received[start..<newline])
                    answer(pending[...], number: lineNumber, options: options, catalogue: catalogue, into: output)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            start = newline + 1
            index = start
        }
        if !skipping, start < count {
            pending.append(contentsOf: received[start..<count])
            if pending.count > maximumLineBytes {
                lineNumber += 1
                let error = PolicyError(
                    code: .malformedInput, field: "json",
                    message: "line \(lineNumber) is longer than the maximum of \(maximumLineBytes >> 20) MiB; skipped")
                output.line(DecisionJSON.errorLine(id: nil, file: nil, error: error, line: lineNumber))
                pending.removeAll(keepingCapacity: true)
                skipping = true
            }
        }
        // No complete line is left: write every answer before waiting for more input.
        output.flush()
        if output.failed { return ExitStatus.badInput }
    }
    if !skipping, !pending.isEmpty {
        lineNumber += 1
        answer(pending[...], number: lineNumber, options: options, catalogue: catalogue, into: output)
    }
    output.flush()
    return output.failed ? ExitStatus.badInput : ExitStatus.success
}
