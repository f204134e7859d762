import APIRefCore
import APIRefDisk

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

signal(SIGPIPE, SIG_IGN)
var status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
if Output.standardOutputFailed {
    Output.standardError("apiref: error: cannot write to standard output: \(String(cString: strerror(errno)))\n")
    if status == ExitStatus.clean { status = ExitStatus.findings }
}
exit(status)
