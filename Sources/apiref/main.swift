import APIRefCore
import APIRefDisk

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

signal(SIGPIPE, SIG_IGN)
let status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
