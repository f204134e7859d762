import APIRefCore
import APIRefDisk

/// The `apiref` command: picks the subcommand and turns usage errors into exit status 64.
enum CommandLineTool {
    static var commands: [any Command.Type] {
        [
            LintCommand.self, ValidateCommand.self, CheckCommand.self, GenerateCommand.self, FmtCommand.self,
            DumpCommand.self,
            RulesCommand.self,
        ]
    }

    static func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first else {
            Output.standardError(usage)
            return ExitStatus.usage
        }
        if name == "--help" || name == "-h" || name == "help" {
            Output.standardOutput(usage)
            return ExitStatus.clean
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            Output.standardError("apiref: error: unknown command '\(name)'\n\(usage)")
            return ExitStatus.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            Output.standardOutput(command.help)
            return ExitStatus.clean
        }
        do {
            let parsed = try ParsedArguments(rest, options: command.options, flags: command.flags)
            return command.run(parsed)
        } catch {
            Output.standardError(
                "apiref \(name): error: \(error)\nUsage: \(command.synopsis)\nSee 'apiref \(name) --help'.\n")
            return ExitStatus.usage
        }
    }

    static var usage: String {
        var text = """
            OVERVIEW: read os-api-ref documentation into one model, lint it and validate its samples

            USAGE: apiref <command> [options] [PATH...]

            COMMANDS:

            """
        for command in commands {
            text += "  " + command.name.padding(to: 10) + command.abstract + "\n"
        }
        text += "\nSee 'apiref <command> --help' for a command's options.\n"
        return text
    }
}

/// A subcommand of `apiref`.
protocol Command {
    static var name: String { get }
    static var abstract: String { get }
    static var synopsis: String { get }
    static var help: String { get }
    /// Long options that take a value.
    static var options: Set<String> { get }
    /// Long options that take none.
    static var flags: Set<String> { get }
    static func run(_ arguments: ParsedArguments) -> Int32
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
