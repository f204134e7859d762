/// The options and positional arguments of one subcommand.
struct ParsedArguments {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positional: [String] = []

    enum Problem: Error, CustomStringConvertible {
        case unknownOption(String)
        case missingValue(String)
        case repeatedOption(String)

        var description: String {
            switch self {
            case .unknownOption(let option): "unknown option '\(option)'"
            case .missingValue(let option): "missing value for '\(option)'"
            case .repeatedOption(let option): "option '\(option)' given more than once"
            }
        }
    }

    /// Reads `--name value`, `--name=value`, flags and positional arguments; `--` ends options.
    init(_ arguments: [String], options: Set<String>, flags known: Set<String>) throws {
        var index = 0
        var onlyPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositional || !argument.hasPrefix("-") || argument == "-" {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositional = true
                continue
            }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            if known.contains(name), parts.count == 1 {
                flags.insert(name)
            } else if options.contains(name) {
                guard values[name] == nil else { throw Problem.repeatedOption(name) }
                if parts.count == 2 {
                    values[name] = parts[1]
                } else {
                    guard index < arguments.count else { throw Problem.missingValue(name) }
                    values[name] = arguments[index]
                    index += 1
                }
            } else {
                throw Problem.unknownOption(name)
            }
        }
    }
}
