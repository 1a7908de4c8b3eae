// policy-check — the example CLI that speaks the scenario contract (Documentation/Contract.md).
//
// The only part of SocialPolicyKit that reads files: it finds scenario files, hands their
// bytes to the library, and prints decisions for a person (Danish by default) or as JSON
// Lines; `serve` answers JSON Lines on standard input for a host that is not Swift.
// No Foundation: POSIX calls for files and standard input and output.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import SocialPolicyKit

/// Prints a usage error the way argument-parser's tools do and returns the usage status.
func usageError(_ message: String) -> Int32 {
    Console.error("policy-check: error: \(message)\nSee 'policy-check --help'.")
    return ExitStatus.usage
}

func main() -> Int32 {
    // A reader that goes away (a closed pipe) ends the output, not the process with a signal.
    signal(SIGPIPE, SIG_IGN)
    let arguments = CommandLine.arguments.dropFirst()
    guard let first = arguments.first else { return usageError("give a command (evaluate, test, serve, questions, schema …)") }
    let rest = arguments.dropFirst()
    switch first {
    case "--help", "-h":
        Console.out.line(overview)
        return ExitStatus.success
    case "--version":
        Console.out.line("policy-check \(SocialPolicyKit.version) (SocialPolicyKit \(SocialPolicyKit.version), contract \(SocialPolicyKit.contractVersion))")
        return ExitStatus.success
    case _ where first == "--generate-completion-script" || first.hasPrefix("--generate-completion-script="):
        let shell = first.contains("=") ? String(first.split(separator: "=", maxSplits: 1)[1]) : rest.first
        guard let shell else { return usageError("--generate-completion-script needs a shell: bash, zsh or fish") }
        guard let script = completionScript(for: shell) else {
            return usageError("--generate-completion-script knows bash, zsh and fish, not '\(shell.prefix(20))'")
        }
        Console.out.write(script)
        return ExitStatus.success
    case "help":
        guard let name = rest.first else {
            Console.out.line(overview)
            return ExitStatus.success
        }
        guard let command = commands.first(where: { $0.name == name }) else { return usageError("unknown command '\(name.prefix(40))'") }
        Console.out.line(command.help)
        return ExitStatus.success
    default:
        break
    }
    guard let command = commands.first(where: { $0.name == first }) else {
        return usageError(first.hasPrefix("-") ? "unknown option '\(first.prefix(40))'" : "unknown command '\(first.prefix(40))'")
    }
    if rest.contains("--help") || rest.contains("-h") {
        Console.out.line(command.help)
        return ExitStatus.success
    }
    let catalogue = PolicyCatalogue.standard
    do throws(UsageError) {
        let options = try parse(rest, for: command)
        let status: Int32
        switch command.name {
        case "evaluate": status = try runEvaluate(options, catalogue: catalogue)
        case "test": status = try runTest(options, catalogue: catalogue)
        case "serve":
            status = runServe(
                ServeOptions(explain: !options.flags.contains("no-explain"), language: try options.language()), catalogue: catalogue)
        case "questions": status = try runQuestions(options, catalogue: catalogue)
        case "schema": status = try runSchema(options, catalogue: catalogue)
        case "contract":
            Console.out.line(ContractDocument.markdown(catalogue))
            status = ExitStatus.success
        default: status = usageError("unknown command '\(command.name)'")
        }
        Console.out.flush()
        return status
    } catch {
        return usageError(error.message)
    }
}

let status = main()
Console.out.flush()
exit(status)
