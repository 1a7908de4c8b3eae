// Command-line conventions of swift-argument-parser's tools, without the dependency:
// `help <command>`, `<command> --help`, `--option=value` and `--option value`, `--` to end
// the options, usage errors that say "See 'policy-check --help'" with their own exit status,
// `--version` and `--generate-completion-script bash|zsh|fish`.

import SocialPolicyKit

/// The exit statuses of `policy-check`, as documented in `--help` and `Documentation/Contract.md`.
enum ExitStatus {
    /// All well.
    static let success: Int32 = 0
    /// `test`: at least one scenario's expectation failed.
    static let testFailed: Int32 = 1
    /// Bad scenario input: a scenario that is not valid, or input that could not be read
    /// (a missing or unreadable file or folder, a folder without scenarios, input over the
    /// maximum size). The contract's status for bad input.
    static let badInput: Int32 = 2
    /// A usage error: an unknown command or option, a missing or malformed option value, no
    /// PATH (EX_USAGE of sysexits.h).
    static let usage: Int32 = 64
}

/// A usage error: the message, and the help to point to.
struct UsageError: Error {
    let message: String
}

/// One command: its name, synopsis, options and help text.
struct Command {
    let name: String
    let synopsis: String
    let abstract: String
    let discussion: String
    /// Options that take a value, without the dashes, with their value's name.
    let valueOptions: [(name: String, value: String, help: String)]
    /// Flags, without the dashes.
    let flags: [(name: String, help: String)]
    /// Whether it takes PATH arguments.
    let takesPaths: Bool

    var help: String {
        var lines = ["OVERVIEW: \(abstract)", "", "USAGE: policy-check \(synopsis)"]
        if !discussion.isEmpty { lines += ["", discussion] }
        if !valueOptions.isEmpty || !flags.isEmpty {
            lines += ["", "OPTIONS:"]
            for option in valueOptions {
                lines.append(pad("  --\(option.name) <\(option.value)>", 30) + option.help)
            }
            for flag in flags { lines.append(pad("  --\(flag.name)", 30) + flag.help) }
            lines.append(pad("  -h, --help", 30) + "Show help for this command.")
        }
        return lines.joined(separator: "\n")
    }
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

let languageHelp = "da or en, or a BCP-47 tag such as da-DK or en-GB."

let commands: [Command] = [
    Command(
        name: "evaluate", synopsis: "evaluate [--json] [--language <tag>] <path> ...",
        abstract: "Evaluate scenario files and print each decision.",
        discussion: """
            A PATH is a scenario file, a folder (every *.json under it, sorted by path), or - for
            standard input, which may hold one scenario or one per line (JSON Lines). Without
            --json each decision is printed for a caseworker; with --json one decision per line.
            A scenario that is bad input prints an error (with --json the line
            {"id", "file", "error", "code", "field"}) and evaluation goes on; the exit status is
            then 2. At most \(maximumInputBytes >> 20) MiB are read from one file or from standard input.
            """,
        valueOptions: [("language", "tag", "The language of the text for a person (default: each scenario's). " + languageHelp)],
        flags: [("json", "One decision per line as JSON (JSON Lines).")], takesPaths: true),
    Command(
        name: "test", synopsis: "test <path> ...",
        abstract: "Evaluate scenarios and compare each with its \"expect\".",
        discussion: """
            Prints one line per failure and ends with "N passed, N failed" alone on a line. Exit
            status 0 when all passed, 1 when some failed, 2 on bad input — a scenario that is not
            valid without an expected error, a file or folder that cannot be read (a broken link,
            a symlink loop, an unreadable sub-folder), or a run that found no scenario at all.
            """,
        valueOptions: [], flags: [], takesPaths: true),
    Command(
        name: "serve", synopsis: "serve [--no-explain] [--language <tag>]",
        abstract: "Answer scenarios from standard input, one per line, until it ends.",
        discussion: """
            Reads JSON Lines on standard input: one scenario per line (a UTF-8 byte order mark
            is accepted; blank lines are skipped). Writes one line per scenario, in input order:
            the decision, or an error {"id", "line", "error", "code", "field"}. A bad line never
            stops the stream. Every answer is written out before the next read waits for input,
            so a co-process gets each answer as soon as it is made. A line longer than
            \(maximumLineBytes >> 20) MiB is answered with an error and skipped. Exits 0 at the
            end of input.
            """,
        valueOptions: [("language", "tag", "Write texts in this language only (default: da and en). " + languageHelp)],
        flags: [
            ("explain", "Write the explanation, citations and legal basis (the default)."),
            ("no-explain", "Write outcome, values, obligations (without texts) and missing facts only."),
        ], takesPaths: false),
    Command(
        name: "questions", synopsis: "questions [--json] [--language <tag>]",
        abstract: "List every question with its facts, rule sets and the municipalities known.",
        discussion: """
            With --json, the machine-readable catalogue: every question with its facts (types,
            enum values and their meanings, the contract version that added each), values,
            obligation codes and rule-set versions with their legal instruments.
            """,
        valueOptions: [("language", "tag", languageHelp)],
        flags: [("json", "The catalogue as one JSON document.")], takesPaths: false),
    Command(
        name: "schema", synopsis: "schema scenario|decision",
        abstract: "Print the JSON Schema (2020-12) of a scenario or a decision.",
        discussion: "Generated from the library's catalogue; Documentation/*.schema.json are these files.",
        valueOptions: [], flags: [], takesPaths: true),
    Command(
        name: "contract", synopsis: "contract",
        abstract: "Print Documentation/Contract.md: the JSON contract as this build implements it.",
        discussion: "", valueOptions: [], flags: [], takesPaths: false),
    Command(
        name: "help", synopsis: "help [<command>]", abstract: "Show help for policy-check or one of its commands.",
        discussion: "", valueOptions: [], flags: [], takesPaths: true),
]

let overview = """
    OVERVIEW: policy-check — Danish social-services law and municipal policy as checkable rules.

    Speaks the JSON scenario contract (Documentation/Contract.md): a scenario goes in, a decision
    comes out.

    USAGE: policy-check <command> [<options>] [<path> ...]

    COMMANDS:
    \(commands.map { "  " + pad($0.name, 12) + $0.abstract }.joined(separator: "\n"))

    OPTIONS:
      --version                   Show the version (library and contract).
      --generate-completion-script <shell>
                                  Print a completion script for bash, zsh or fish.
      -h, --help                  Show help information.

    EXIT STATUS:
      0   all well
      1   test: some scenario did not meet its expectation
      2   bad scenario input, or input that could not be read
      64  usage error (unknown command or option, missing value or path)

      See 'policy-check help <command>' for detailed help.
    """

/// The parsed options of one command.
struct Options {
    var flags: Set<String> = []
    var values: [String: String] = [:]
    var paths: [String] = []

    /// The `--language` option as a language, if given.
    func language() throws(UsageError) -> Language? {
        guard let tag = values["language"] else { return nil }
        guard let language = Language(tag: tag) else {
            throw UsageError(message: "--language takes da or en (or a BCP-47 tag such as da-DK), not '\(tag.prefix(40))'")
        }
        return language
    }
}

/// Parses the arguments after the command name.
func parse(_ arguments: ArraySlice<String>, for command: Command) throws(UsageError) -> Options {
    var options = Options()
    var iterator = arguments.makeIterator()
    var onlyPaths = false
    while let argument = iterator.next() {
        if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
            guard command.takesPaths else {
                throw UsageError(message: "'\(command.name)' takes no argument '\(argument.prefix(60))'")
            }
            options.paths.append(argument)
            continue
        }
        if argument == "--" {
            onlyPaths = true
            continue
        }
        guard argument.hasPrefix("--") else { throw UsageError(message: "unknown option '\(argument.prefix(60))'") }
        var name = String(argument.dropFirst(2))
        var inlineValue: String? = nil
        if let equals = name.firstIndex(of: "=") {
            inlineValue = String(name[name.index(after: equals)...])
            name = String(name[..<equals])
        }
        if let option = command.valueOptions.first(where: { $0.name == name }) {
            guard let value = inlineValue ?? iterator.next(), !value.isEmpty else {
                throw UsageError(message: "--\(name) needs a value <\(option.value)>")
            }
            options.values[name] = value
        } else if command.flags.contains(where: { $0.name == name }) {
            guard inlineValue == nil else { throw UsageError(message: "--\(name) takes no value") }
            options.flags.insert(name)
        } else {
            throw UsageError(message: "unknown option '--\(name.prefix(60))' for '\(command.name)'")
        }
    }
    return options
}

/// A completion script for `shell`, or `nil` for a shell it does not know.
func completionScript(for shell: String) -> String? {
    let names = commands.map(\.name)
    func options(_ command: Command) -> [String] {
        command.valueOptions.map { "--" + $0.name } + command.flags.map { "--" + $0.name } + ["--help"]
    }
    switch shell {
    case "bash":
        var cases = ""
        for command in commands {
            cases += "        \(command.name)) opts=\"\(options(command).joined(separator: " "))\" ;;\n"
        }
        return """
            # bash completion for policy-check: source this file, or put it in your bash-completion folder.
            _policy_check() {
                local cur prev opts
                cur="${COMP_WORDS[COMP_CWORD]}"
                prev="${COMP_WORDS[COMP_CWORD-1]}"
                if [ "$COMP_CWORD" -eq 1 ]; then
                    COMPREPLY=($(compgen -W "\(names.joined(separator: " ")) --help --version --generate-completion-script" -- "$cur"))
                    return
                fi
                case "$prev" in
                    --language) COMPREPLY=($(compgen -W "da en da-DK en-GB" -- "$cur")); return ;;
                    --generate-completion-script) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")); return ;;
                esac
                case "${COMP_WORDS[1]}" in
            \(cases)        help) COMPREPLY=($(compgen -W "\(names.joined(separator: " "))" -- "$cur")); return ;;
                    schema) COMPREPLY=($(compgen -W "scenario decision" -- "$cur")); return ;;
                    *) opts="" ;;
                esac
                if [[ "$cur" == -* ]]; then
                    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
                else
                    COMPREPLY=($(compgen -f -- "$cur"))
                fi
            }
            complete -F _policy_check policy-check

            """
    case "zsh":
        var cases = ""
        for command in commands {
            let specs = command.valueOptions.map { "'--\($0.name)=[\($0.help.replacingQuotes)]:\($0.value):(da en da-DK en-GB)'" }
                + command.flags.map { "'--\($0.name)[\($0.help.replacingQuotes)]'" }
            let files = command.takesPaths ? " '*:path:_files'" : ""
            cases += "        \(command.name)) _arguments \(specs.joined(separator: " "))\(files) ;;\n"
        }
        return """
            #compdef policy-check
            # zsh completion for policy-check: put this file on your $fpath as _policy-check.
            _policy_check() {
                local -a commands
                commands=(\(commands.map { "'\($0.name):\($0.abstract.replacingQuotes)'" }.joined(separator: " ")))
                if (( CURRENT == 2 )); then
                    _describe 'command' commands
                    _arguments '--version[Show the version]' '--help[Show help]' '--generate-completion-script[Print a completion script]:shell:(bash zsh fish)'
                    return
                fi
                case "${words[2]}" in
            \(cases)    esac
            }
            _policy_check "$@"

            """
    case "fish":
        var lines = [
            "# fish completion for policy-check: put this file in ~/.config/fish/completions/policy-check.fish.",
            "complete -c policy-check -f",
            "complete -c policy-check -n '__fish_use_subcommand' -l version -d 'Show the version'",
            "complete -c policy-check -n '__fish_use_subcommand' -l generate-completion-script -xa 'bash zsh fish' -d 'Print a completion script'",
        ]
        for command in commands {
            lines.append("complete -c policy-check -n '__fish_use_subcommand' -a \(command.name) -d '\(command.abstract.replacingQuotes)'")
            for option in command.valueOptions {
                lines.append("complete -c policy-check -n '__fish_seen_subcommand_from \(command.name)' -l \(option.name) -xa 'da en da-DK en-GB' -d '\(option.help.replacingQuotes)'")
            }
            for flag in command.flags {
                lines.append("complete -c policy-check -n '__fish_seen_subcommand_from \(command.name)' -l \(flag.name) -d '\(flag.help.replacingQuotes)'")
            }
            if command.takesPaths, command.name != "help", command.name != "schema" {
                lines.append("complete -c policy-check -n '__fish_seen_subcommand_from \(command.name)' -F")
            }
        }
        lines.append("complete -c policy-check -n '__fish_seen_subcommand_from schema' -xa 'scenario decision'")
        lines.append("complete -c policy-check -n '__fish_seen_subcommand_from help' -xa '\(names.joined(separator: " "))'")
        return lines.joined(separator: "\n") + "\n"
    default:
        return nil
    }
}

extension String {
    /// The text with single quotes and square brackets replaced, for a completion script.
    var replacingQuotes: String {
        String(map { $0 == "'" ? "’" : ($0 == "[" ? "(" : ($0 == "]" ? ")" : $0)) })
    }
}
