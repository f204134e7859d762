import Foundation
import Testing

@testable import APIRefCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `apiref check` on a small project with one hostile or broken file at a time
/// (and several at once) and pins every line it prints and its exit status: each input gives a
/// finding or is read correctly, never a crash or a hang. Time and memory at full size are
/// measured by `Scripts/limits.sh`, not here; each case here is small enough to run in well
/// under a second, and the time limit only catches a hang (a FIFO opened for reading blocks).
@Suite(.timeLimit(.minutes(1))) struct HostileInputTests {
    static let document = """
        Things
        ======

        Show Thing
        ----------

        .. rest_method:: GET /things/{thing_id}

        Request
        ~~~~~~~

        .. rest_parameters:: parameters.yaml

           - thing_id: thing_id

        Response
        ~~~~~~~~

        .. rest_parameters:: parameters.yaml

           - name: name

        Response Example
        ~~~~~~~~~~~~~~~~

        .. literalinclude:: samples/thing-show-resp.json
           :language: javascript

        """

    static let parameters = """
        thing_id:
          in: path
          required: true
          type: string
          description: The thing.
        name:
          in: body
          required: true
          type: string
          description: The name.

        """

    static let clean = "apiref: 1 document, 1 operation, 1 JSON sample: no findings"
    /// What a parameters file that cannot be read leaves: the sample's body is undocumented.
    static let bodyUndocumented = [
        "api-ref/source/samples/thing-show-resp.json:1:1: note: the response sample has a body, but 'GET /things/{thing_id}' documents no body parameter for its response [undocumented-body]",
        "api-ref/source/index.rst:26:21: note: sample included here",
    ]

    /// A scratch folder: `project/` is the project root (it holds `api-ref/`), and files put
    /// beside it lie outside the root.
    struct Scratch {
        let base: URL
        var project: URL { base.appendingPathComponent("project") }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent(
                "apiref-hostile-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: base.appendingPathComponent("project/api-ref/source/samples"), withIntermediateDirectories: true)
            try write("api-ref/source/index.rst", HostileInputTests.document)
            try write("api-ref/source/parameters.yaml", HostileInputTests.parameters)
            try write("api-ref/source/samples/thing-show-resp.json", "{\"name\": \"a\"}\n")
        }

        /// An absolute path for a path relative to the project (`../x` lies beside it).
        func path(_ relative: String) -> String {
            project.appendingPathComponent(relative).standardizedFileURL.path
        }

        func write(_ relative: String, _ text: String) throws {
            try write(relative, bytes: Array(text.utf8))
        }

        func write(_ relative: String, bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: path(relative)))
        }

        func append(_ relative: String, _ text: String) throws {
            let old = try Data(contentsOf: URL(fileURLWithPath: path(relative)))
            try write(relative, bytes: Array(old) + Array(text.utf8))
        }

        func replace(_ relative: String, _ old: String, with new: String) throws {
            let text = try String(contentsOfFile: path(relative), encoding: .utf8)
            #expect(text.contains(old), "'\(old)' not in \(relative)")
            try write(relative, text.replacingOccurrences(of: old, with: new))
        }

        func remove(_ relative: String) throws {
            try FileManager.default.removeItem(atPath: path(relative))
        }

        func makeDirectory(_ relative: String) throws {
            try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
        }

        func makeFIFO(_ relative: String) throws {
            #expect(mkfifo(path(relative), 0o644) == 0)
        }

        func link(_ relative: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: path(target))
        }

        func check(_ arguments: [String] = []) throws -> CommandLineTests.Result {
            try CommandLineTests().run(["check"] + arguments, in: project.path)
        }

        func destroy() {
            try? FileManager.default.removeItem(at: base)
        }
    }

    /// Runs `apiref check` and compares standard error, line by line, and the exit status.
    func expectCheck(
        _ scratch: Scratch, _ arguments: [String] = [], status: Int32, _ lines: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let result = try scratch.check(arguments)
        #expect(
            result.standardError.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                == lines + [""], sourceLocation: sourceLocation)
        #expect(result.status == status, sourceLocation: sourceLocation)
        #expect(result.standardOutput == "", sourceLocation: sourceLocation)
    }

    func withScratch(_ body: (Scratch) throws -> Void) throws {
        let scratch = try Scratch()
        defer { scratch.destroy() }
        try body(scratch)
    }

    @Test func readsTheBaseProjectClean() throws {
        try withScratch { try expectCheck($0, status: 0, [Self.clean]) }
    }

    // MARK: - Depth and size

    @Test func refusesJSONSamplesNested100000Deep() throws {
        try withScratch { scratch in
            let depth = 100_000
            try scratch.write(
                "api-ref/source/samples/thing-show-resp.json",
                String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/samples/thing-show-resp.json:1:513: error: arrays and objects nest deeper than 512 levels [json-syntax]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 1 error, 0 warnings",
                ])
            // Objects: the 513th `{"a": ` starts at byte 512 * 6.
            try scratch.write(
                "api-ref/source/samples/thing-show-resp.json",
                String(repeating: "{\"a\": ", count: depth) + "1" + String(repeating: "}", count: depth))
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/samples/thing-show-resp.json:1:3073: error: arrays and objects nest deeper than 512 levels [json-syntax]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 1 error, 0 warnings",
                ])
        }
    }

    @Test func refusesParametersFilesNested100000Deep() throws {
        try withScratch { scratch in
            let depth = 100_000
            // Flow style, after the two definitions: refused before libyaml scans it.
            try scratch.append(
                "api-ref/source/parameters.yaml",
                "deep: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/parameters.yaml:11:1007: error: collections nest deeper than 1000 levels; refused [yaml-syntax]"
                ] + Self.bodyUndocumented + [
                    "apiref: 1 document, 1 operation, 1 JSON sample: 1 error, 0 warnings, 1 note"
                ])
            // Block style: `- - - ... x` nests one sequence per two bytes.
            try scratch.write("api-ref/source/parameters.yaml", String(repeating: "- ", count: depth) + "x\n")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/parameters.yaml:1:2001: error: collections nest deeper than 1000 levels; refused [yaml-syntax]"
                ] + Self.bodyUndocumented + [
                    "apiref: 1 document, 1 operation, 1 JSON sample: 1 error, 0 warnings, 1 note"
                ])
        }
    }

    @Test func readsTenMegabyteLines() throws {
        try withScratch { scratch in
            let long = String(repeating: "x", count: 10_000_000)
            try scratch.write("api-ref/source/samples/thing-show-resp.json", "{\"name\": \"\(long)\"}")
            try scratch.append("api-ref/source/index.rst", "\n" + long + "\n")
            try scratch.replace("api-ref/source/parameters.yaml", "The name.", with: long)
            try expectCheck(scratch, status: 0, [Self.clean])
        }
    }

    @Test func refusesFilesOverTheSizeLimitWithoutReadingThem() throws {
        try withScratch { scratch in
            // A sparse file: 17 MiB long, nothing written, refused from its size alone.
            let sample = scratch.path("api-ref/source/samples/thing-show-resp.json")
            #expect(truncate(sample, 17 * 1024 * 1024) == 0)
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:26:21: error: cannot read 'api-ref/source/samples/thing-show-resp.json': file is larger than 16 MiB [unreadable-file]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 1 error, 0 warnings",
                ])
        }
    }

    @Test func refusesAliasBombs() throws {
        try withScratch { scratch in
            var bomb = "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            for level in 1...9 {
                let previous = Array(repeating: "*lol\(level - 1)", count: 10).joined(separator: ", ")
                bomb += "lol\(level): &lol\(level) [\(previous)]\n"
            }
            try scratch.append("api-ref/source/parameters.yaml", bomb)
            // Each alias of the fifth level brings 111,111 nodes: the eighth on line 16 passes
            // 1,000,000, and is refused before anything is built from it.
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/parameters.yaml:16:63: error: aliases expand the document beyond 1000000 nodes; refused [yaml-syntax]"
                ] + Self.bodyUndocumented + [
                    "apiref: 1 document, 1 operation, 1 JSON sample: 1 error, 0 warnings, 1 note"
                ])
        }
    }

    // MARK: - Bytes

    @Test func readsOrReportsNULBytes() throws {
        try withScratch { scratch in
            // In RST a NUL is text: kept in the title, escaped wherever it is shown.
            try scratch.replace("api-ref/source/index.rst", "Show Thing\n", with: "Show\u{0}Thing\n")
            try expectCheck(scratch, status: 0, [Self.clean])
            let dump = try CommandLineTests().run(["dump"], in: scratch.project.path)
            #expect(dump.standardOutput.contains(#""title": "Show\u0000Thing""#))
        }
        try withScratch { scratch in
            try scratch.append("api-ref/source/parameters.yaml", "x\u{0}y:\n  in: body\n")
            try expectCheck(
                scratch, status: 1,
                ["api-ref/source/parameters.yaml:11:2: error: control characters are not allowed [yaml-syntax]"]
                    + Self.bodyUndocumented + [
                        "apiref: 1 document, 1 operation, 1 JSON sample: 1 error, 0 warnings, 1 note"
                    ])
        }
        try withScratch { scratch in
            try scratch.write("api-ref/source/samples/thing-show-resp.json", "{\"name\": \"a\u{0}\"}")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/samples/thing-show-resp.json:1:12: error: control character in string; escape it [json-syntax]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 1 error, 0 warnings",
                ])
            try scratch.write("api-ref/source/samples/thing-show-resp.json", "{\"name\": \"a\"}\u{0}")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/samples/thing-show-resp.json:1:14: error: unexpected text after the JSON value [json-syntax]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 1 error, 0 warnings",
                ])
        }
    }

    @Test func reportsInvalidUTF8InEveryKindOfFile() throws {
        func bytes(_ text: String, replacing marker: String, with bad: [UInt8]) -> [UInt8] {
            let parts = text.components(separatedBy: marker)
            return Array(parts[0].utf8) + bad + Array(parts.dropFirst().joined(separator: marker).utf8)
        }
        try withScratch { scratch in
            try scratch.write("api-ref/source/index.rst", bytes: bytes(Self.document, replacing: "Show ", with: [0xFF]))
            try scratch.write(
                "api-ref/source/parameters.yaml",
                bytes: bytes(Self.parameters, replacing: "The name", with: [0xC3, 0x28]))
            try scratch.write(
                "api-ref/source/samples/thing-show-resp.json",
                bytes: Array("{\"name\": \"a".utf8) + [0xFE, 0xFF] + Array("\"}".utf8))
            // Bad bytes are read as U+FFFD, so the rest of each file is still checked.
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:4:1: error: file is not valid UTF-8; the bad bytes were read as U+FFFD [invalid-encoding]",
                    "api-ref/source/parameters.yaml:10:16: error: file is not valid UTF-8; the bad bytes were read as U+FFFD [invalid-encoding]",
                    "api-ref/source/samples/thing-show-resp.json:1:12: error: file is not valid UTF-8; the bad bytes were read as U+FFFD [invalid-encoding]",
                    "apiref: 1 document, 1 operation, 1 JSON sample: 3 errors, 0 warnings",
                ])
        }
        try withScratch { scratch in
            // With lone CRs as line ends the bad byte is still placed on its line.
            let document = Self.document.replacingOccurrences(of: "\n", with: "\r")
            try scratch.write("api-ref/source/index.rst", bytes: bytes(document, replacing: "Show ", with: [0xFF]))
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:4:1: error: file is not valid UTF-8; the bad bytes were read as U+FFFD [invalid-encoding]",
                    "apiref: 1 document, 1 operation, 1 JSON sample: 1 error, 0 warnings",
                ])
        }
    }

    @Test func readsByteOrderMarksCRLFAndTabs() throws {
        try withScratch { scratch in
            func dos(_ text: String) -> String { "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") }
            // Items indented with a tab, a tab inside a YAML value, tabs as JSON whitespace.
            try scratch.write(
                "api-ref/source/index.rst", dos(Self.document.replacingOccurrences(of: "   - ", with: "\t- ")))
            try scratch.write(
                "api-ref/source/parameters.yaml",
                dos(Self.parameters.replacingOccurrences(of: "The name.", with: "The\tname.")))
            try scratch.write("api-ref/source/samples/thing-show-resp.json", dos("{\n\t\"name\":\t\"a\"\n}\n"))
            try expectCheck(scratch, status: 0, [Self.clean])
            // A bare CR ends a line too: a finding on the third line says so.
            try scratch.write(
                "api-ref/source/samples/thing-show-resp.json", "\u{FEFF}{\r\t\"name\": \"a\",\r\t\"name\": \"b\"\r}")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/samples/thing-show-resp.json:3:2: error: key 'name' appears twice in one object; readers keep only one [json-duplicate-key]",
                    "api-ref/source/samples/thing-show-resp.json:2:2: note: 'name' first appears here",
                    "apiref: 1 document, 1 operation, 1 JSON sample: 1 error, 0 warnings",
                ])
        }
        try withScratch { scratch in
            // YAML forbids tabs as indentation: libyaml's finding, where it stops.
            try scratch.write(
                "api-ref/source/parameters.yaml",
                Self.parameters.replacingOccurrences(of: "  in: path", with: "\tin: path"))
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/parameters.yaml:2:1: error: found character that cannot start any token while scanning for the next token [yaml-syntax]"
                ] + Self.bodyUndocumented + [
                    "apiref: 1 document, 1 operation, 1 JSON sample: 1 error, 0 warnings, 1 note"
                ])
        }
    }

    @Test func readsOrReportsEmptyFiles() throws {
        try withScratch { scratch in
            try scratch.write("api-ref/source/samples/thing-show-resp.json", "")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/samples/thing-show-resp.json:1:1: error: unexpected end of file, expected a value [json-syntax]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 1 error, 0 warnings",
                ])
            try scratch.write("api-ref/source/parameters.yaml", "")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:14:16: error: parameter 'thing_id' is not defined in 'parameters.yaml' [undefined-parameter]",
                    "api-ref/source/index.rst:21:12: error: parameter 'name' is not defined in 'parameters.yaml' [undefined-parameter]",
                    "api-ref/source/parameters.yaml: error: parameters file defines no parameters [empty-parameters-file]",
                    "api-ref/source/samples/thing-show-resp.json:1:1: error: unexpected end of file, expected a value [json-syntax]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 4 errors, 0 warnings",
                ])
            // An empty document is an empty document: nothing in it to report.
            try scratch.write("api-ref/source/index.rst", "")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/parameters.yaml: error: parameters file defines no parameters [empty-parameters-file]",
                    "apiref: 1 document, 0 operations, 0 JSON samples: 1 error, 0 warnings",
                ])
        }
    }

    // MARK: - Not a file

    @Test func reportsDirectoriesWhereFilesAreExpected() throws {
        try withScratch { scratch in
            try scratch.remove("api-ref/source/samples/thing-show-resp.json")
            try scratch.makeDirectory("api-ref/source/samples/thing-show-resp.json")
            try scratch.remove("api-ref/source/parameters.yaml")
            try scratch.makeDirectory("api-ref/source/parameters.yaml")
            try scratch.append("api-ref/source/index.rst", "\n.. include:: part.inc\n")
            try scratch.makeDirectory("api-ref/source/part.inc")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:26:21: error: 'api-ref/source/samples/thing-show-resp.json' named by 'literalinclude' is not a regular file [unreadable-file]",
                    "api-ref/source/index.rst:29:14: error: 'api-ref/source/part.inc' is a directory, expected a file [unreadable-file]",
                    "api-ref/source/parameters.yaml: error: 'api-ref/source/parameters.yaml' is a directory, expected a file [unreadable-file]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 3 errors, 0 warnings",
                ])
        }
    }

    @Test func reportsFIFOsWithoutOpeningThem() throws {
        // Opening a FIFO for reading blocks until a writer comes: a hang, were any opened.
        try withScratch { scratch in
            try scratch.remove("api-ref/source/samples/thing-show-resp.json")
            try scratch.makeFIFO("api-ref/source/samples/thing-show-resp.json")
            try scratch.remove("api-ref/source/parameters.yaml")
            try scratch.makeFIFO("api-ref/source/parameters.yaml")
            try scratch.append("api-ref/source/index.rst", "\n.. include:: part.inc\n")
            try scratch.makeFIFO("api-ref/source/part.inc")
            try scratch.makeFIFO("api-ref/source/other.rst")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:26:21: error: 'api-ref/source/samples/thing-show-resp.json' named by 'literalinclude' is not a regular file [unreadable-file]",
                    "api-ref/source/index.rst:29:14: error: 'api-ref/source/part.inc' is not a regular file [unreadable-file]",
                    "api-ref/source/other.rst: error: 'api-ref/source/other.rst' is not a regular file [unreadable-file]",
                    "api-ref/source/parameters.yaml: error: 'api-ref/source/parameters.yaml' is not a regular file [unreadable-file]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 4 errors, 0 warnings",
                ])
            // Named on the command line.
            try expectCheck(
                scratch, ["api-ref/source/other.rst"], status: 1,
                [
                    "api-ref/source/other.rst: error: not a regular file or directory [unreadable-file]",
                    "apiref: 0 documents, 0 operations, 0 JSON samples: 1 error, 0 warnings",
                ])
        }
    }

    // MARK: - Includes

    @Test func reportsIncludeCycles() throws {
        try withScratch { scratch in
            try scratch.append("api-ref/source/index.rst", "\n.. include:: a.inc\n.. include:: index.rst\n")
            try scratch.write("api-ref/source/a.inc", ".. include:: b.inc\n")
            try scratch.write("api-ref/source/b.inc", ".. include:: a.inc\n")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/b.inc:1:14: error: 'api-ref/source/a.inc' is already being included; include cycle not followed [include-cycle]",
                    "api-ref/source/index.rst:30:14: error: 'api-ref/source/index.rst' is already being included; include cycle not followed [include-cycle]",
                    "apiref: 1 document, 1 operation, 1 JSON sample: 2 errors, 0 warnings",
                ])
        }
    }

    // MARK: - The project root

    @Test func refusesPathsThatClimbOutOfTheRoot() throws {
        try withScratch { scratch in
            try scratch.write("../secret.json", "{\"name\": \"secret\"}\n")
            try scratch.write("../secret.yaml", Self.parameters)
            try scratch.write("../secret.inc", "Secret\n======\n")
            try scratch.replace(
                "api-ref/source/index.rst", "samples/thing-show-resp.json", with: "../../../secret.json")
            try scratch.replace(
                "api-ref/source/index.rst", "   - thing_id: thing_id",
                with: "   - thing_id: thing_id\n\n.. rest_parameters:: ../../../secret.yaml")
            try scratch.append("api-ref/source/index.rst", "\n.. include:: ../../../secret.inc\n")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:16:22: error: 'rest_parameters' names '../secret.yaml', outside the project root '.'; not read [outside-root]",
                    "api-ref/source/index.rst:28:21: error: 'literalinclude' names '../secret.json', outside the project root '.'; not read [outside-root]",
                    "api-ref/source/index.rst:31:14: error: 'include' names '../secret.inc', outside the project root '.'; not read [outside-root]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 3 errors, 0 warnings",
                ])
        }
    }

    @Test func readsAbsolutePathsFromTheSourceRootOnly() throws {
        try withScratch { scratch in
            // A leading `/` names the source root (api-ref/source), as in Sphinx: never `/etc`.
            try scratch.replace("api-ref/source/index.rst", "samples/thing-show-resp.json", with: "/etc/passwd")
            try scratch.append(
                "api-ref/source/index.rst", "\n.. include:: /etc/passwd\n.. include:: /../../../../../../etc/passwd\n")
            let climbed = Paths.relative("/etc/passwd", to: scratch.project.standardizedFileURL.path)
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:26:21: error: file 'api-ref/source/etc/passwd' named by 'literalinclude' does not exist [missing-file]",
                    "api-ref/source/index.rst:29:14: error: file 'api-ref/source/etc/passwd' named by 'include' does not exist [missing-file]",
                    "api-ref/source/index.rst:30:14: error: 'include' names '\(climbed)', outside the project root '.'; not read [outside-root]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 3 errors, 0 warnings",
                ])
        }
    }

    @Test func refusesLinksThatPointOutsideTheRoot() throws {
        try withScratch { scratch in
            try scratch.write("../secret.json", "{\"name\": \"secret\"}\n")
            try scratch.write("../secret.yaml", Self.parameters)
            try scratch.write("../secret.inc", "Secret\n======\n")
            try scratch.remove("api-ref/source/samples/thing-show-resp.json")
            try scratch.link("api-ref/source/samples/thing-show-resp.json", to: "../secret.json")
            try scratch.remove("api-ref/source/parameters.yaml")
            try scratch.link("api-ref/source/parameters.yaml", to: "../secret.yaml")
            try scratch.link("api-ref/source/part.inc", to: "../secret.inc")
            try scratch.append("api-ref/source/index.rst", "\n.. include:: part.inc\n")
            // A link to a file inside the root is followed: its sample is read (and, with the
            // parameters file refused, found to have an undocumented body).
            try scratch.write("api-ref/source/samples/real.json", "{\"name\": \"b\"}\n")
            try scratch.link("api-ref/source/samples/inside.json", to: "api-ref/source/samples/real.json")
            try scratch.append("api-ref/source/index.rst", "\n.. literalinclude:: samples/inside.json\n")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/index.rst:12:22: error: 'rest_parameters' names 'api-ref/source/parameters.yaml', outside the project root '.'; not read [outside-root]",
                    "api-ref/source/index.rst:19:22: error: 'rest_parameters' names 'api-ref/source/parameters.yaml', outside the project root '.'; not read [outside-root]",
                    "api-ref/source/index.rst:26:21: error: 'literalinclude' names 'api-ref/source/samples/thing-show-resp.json', outside the project root '.'; not read [outside-root]",
                    "api-ref/source/index.rst:29:14: error: 'include' names 'api-ref/source/part.inc', outside the project root '.'; not read [outside-root]",
                    "api-ref/source/parameters.yaml: error: 'api-ref/source/parameters.yaml' links to '\(scratch.base.resolvingSymlinksInPath().path)/secret.yaml', outside the project root '.'; not read [outside-root]",
                    "api-ref/source/samples/inside.json:1:1: note: the response sample has a body, but 'GET /things/{thing_id}' documents no body parameter for its response [undocumented-body]",
                    "api-ref/source/index.rst:31:21: note: sample included here",
                    "apiref: 1 document, 1 operation, 1 JSON sample: 5 errors, 0 warnings, 1 note",
                ])
        }
    }

    @Test func takesTheRootFromTheCommandLine() throws {
        try withScratch { scratch in
            // The sample beside api-ref, as nova keeps doc/api_samples.
            try scratch.makeDirectory("doc")
            try scratch.write("doc/thing-show-resp.json", "{\"name\": \"a\"}\n")
            try scratch.remove("api-ref/source/samples/thing-show-resp.json")
            try scratch.replace(
                "api-ref/source/index.rst", "samples/thing-show-resp.json", with: "../../doc/thing-show-resp.json")
            try expectCheck(scratch, status: 0, [Self.clean])
            try expectCheck(scratch, ["--root", "."], status: 0, [Self.clean])
            try expectCheck(
                scratch, ["--root", "api-ref"], status: 1,
                [
                    "api-ref/source/index.rst:26:21: error: 'literalinclude' names 'doc/thing-show-resp.json', outside the project root 'api-ref'; not read [outside-root]",
                    "apiref: 1 document, 1 operation, 0 JSON samples: 1 error, 0 warnings",
                ])
            try expectCheck(
                scratch, ["--root", "api-ref/source/samples"], status: 1,
                [
                    "api-ref/source/index.rst: error: 'api-ref/source/index.rst' lies outside the project root 'api-ref/source/samples'; not read [outside-root]",
                    "api-ref/source/parameters.yaml: error: 'api-ref/source/parameters.yaml' lies outside the project root 'api-ref/source/samples'; not read [outside-root]",
                    "apiref: 0 documents, 0 operations, 0 JSON samples: 2 errors, 0 warnings",
                ])
        }
    }

    // MARK: - Many at once

    @Test func reportsEveryBrokenFileWhenSeveralAreBroken() throws {
        try withScratch { scratch in
            try scratch.write("../secret.json", "{}\n")
            try scratch.append(
                "api-ref/source/index.rst",
                """

                .. include:: bad-utf8.inc
                .. include:: cycle.inc

                Other Thing
                -----------

                .. rest_method:: GET /others

                Response
                ~~~~~~~~

                .. literalinclude:: samples/deep-resp.json
                .. literalinclude:: samples/folder-resp.json
                .. literalinclude:: samples/fifo-resp.json
                .. literalinclude:: ../../../secret.json
                .. literalinclude:: samples/empty-resp.json

                """)
            try scratch.write("api-ref/source/bad-utf8.inc", bytes: Array("Bad\n===\n\nx".utf8) + [0xC0] + [0x0A])
            try scratch.write("api-ref/source/cycle.inc", ".. include:: cycle.inc\n")
            try scratch.write("api-ref/source/samples/deep-resp.json", String(repeating: "[", count: 100_000))
            try scratch.makeDirectory("api-ref/source/samples/folder-resp.json")
            try scratch.makeFIFO("api-ref/source/samples/fifo-resp.json")
            try scratch.write("api-ref/source/samples/empty-resp.json", "")
            try scratch.append(
                "api-ref/source/parameters.yaml",
                "name:\n  in: body\n  required: true\n  type: string\n  description: Again.\n")
            try scratch.write("api-ref/source/other-parameters.yaml", "a: [")
            try expectCheck(
                scratch, status: 1,
                [
                    "api-ref/source/bad-utf8.inc:4:2: error: file is not valid UTF-8; the bad bytes were read as U+FFFD [invalid-encoding]",
                    "api-ref/source/cycle.inc:1:14: error: 'api-ref/source/cycle.inc' is already being included; include cycle not followed [include-cycle]",
                    "api-ref/source/index.rst:41:21: error: 'api-ref/source/samples/folder-resp.json' named by 'literalinclude' is not a regular file [unreadable-file]",
                    "api-ref/source/index.rst:42:21: error: 'api-ref/source/samples/fifo-resp.json' named by 'literalinclude' is not a regular file [unreadable-file]",
                    "api-ref/source/index.rst:43:21: error: 'literalinclude' names '../secret.json', outside the project root '.'; not read [outside-root]",
                    "api-ref/source/other-parameters.yaml:2:1: error: did not find expected node content while parsing a flow node [yaml-syntax]",
                    "api-ref/source/parameters.yaml:11:1: error: key 'name' is defined twice; the later one wins [duplicate-key]",
                    "api-ref/source/parameters.yaml:6:1: note: 'name' was first defined here",
                    "api-ref/source/samples/deep-resp.json:1:513: error: arrays and objects nest deeper than 512 levels [json-syntax]",
                    "api-ref/source/samples/empty-resp.json:1:1: error: unexpected end of file, expected a value [json-syntax]",
                    "apiref: 1 document, 2 operations, 1 JSON sample: 9 errors, 0 warnings",
                ])
        }
    }
}
