import Foundation
import Testing

@testable import APIRefCore

/// Documents written to break out of the generated code: names and descriptions holding
/// comment ends, triple quotes, backslashes, escapes and interpolations, newlines followed by
/// code, backticks, compiler directives, bidirectional controls, keywords, and names that
/// differ only in case or punctuation. The generated code must compile without warnings and
/// declare exactly the expected types and members, nothing injected.
@Suite struct HostileDocumentTests {
    static let project = TestProject([
        "api-ref/source/index.rst": #"""
        =====================================
         Evil */ "Group" \ ``tick`` (evil)
        =====================================

        Create "Thing" */ #if false
        ===========================

        .. rest_method:: POST /things/{class}/{thing-id}

        Normal response codes: 200

        Request
        -------

        .. rest_parameters:: parameters.yaml

          - class: class_path
          - thing-id: thing_id
          - X-Evil"*/: evil_header
          - q\uery: evil_query
          - thing: thing
          - thing.end*/: end_comment
          - thing.quote""": triple_quote
          - thing.back\slash: backslash
          - thing.tick`tick: backtick
          - thing.#if: hash_if
          - thing.default: keyword
          - thing.self: self_name
          - thing.Type: type_name
          - thing.name: name_lower
          - thing.Name: name_upper
          - thing.na-me: name_dash
          - thing.na_me: name_underscore
          - thing.123start: digits
          - thing.ünï: unicode_name

        .. literalinclude:: samples/thing-req.json

        Response
        --------

        .. rest_parameters:: parameters.yaml

          - thing: thing
          - thing.name: name_lower

        .. literalinclude:: samples/thing-resp.json

        """#,
        "api-ref/source/parameters.yaml": #"""
        evil_header:
          description: |
            Ends the comment */ and opens /* another.
          in: header
          required: false
          type: string
        class_path:
          description: |
            A keyword as a path placeholder.
          in: path
          required: true
          type: string
        thing_id:
          description: |
            Line one
            public func injected() {}
            #if false
          in: path
          required: true
          type: string
        evil_query:
          description: "Tab\tand bidi \u202E reversed \u2066 isolate, a line\u2028separator \\(interpolation)"
          in: query
          required: false
          type: integer
        backslash:
          description: |
            Ends with a backslash \
          in: body
          required: true
          type: string
        backtick:
          description: |
            Backticks ``code`` and `stray
          in: body
          required: true
          type: string
        digits:
          description: |
            Starts with digits.
          in: body
          required: false
          type: integer
        end_comment:
          description: |
            */ public struct Injected {} /*
          in: body
          required: true
          type: string
        hash_if:
          description: |
            #if os(Linux)
            #error("injected")
            #endif
          in: body
          required: true
          type: boolean
        keyword:
          description: |
            \u{41} is not an escape here; "\(x)" is not interpolation.
          in: body
          required: true
          type: string
        name_dash:
          description: Differs from name only in punctuation.
          in: body
          required: true
          type: string
        name_lower:
          description: A name.
          in: body
          required: true
          type: string
        name_underscore:
          description: Differs from name only in punctuation.
          in: body
          required: true
          type: string
        name_upper:
          description: Differs from name only in case.
          in: body
          required: true
          type: string
        self_name:
          description: A member named self.
          in: body
          required: true
          type: string
        thing:
          description: |
            The thing. """ triple quotes """
          in: body
          required: true
          type: object
        triple_quote:
          description: "Closes a literal: \"\"\"\n)\"\"\"\nthen code"
          in: body
          required: true
          type: string
        type_name:
          description: A member named Type.
          in: body
          required: true
          type: string
        unicode_name:
          description: "A name outside ASCII, with a right-to-left override \u202E in it."
          in: body
          required: false
          type: string

        """#,
        "api-ref/source/samples/thing-req.json": #"""
        {"thing": {"end*/": "a", "quote\"\"\"": "b", "back\\slash": "c", "tick`tick": "d", "#if": true,
         "default": "e", "self": "f", "Type": "g", "name": "h", "Name": "i", "na-me": "j", "na_me": "k",
         "123start": 1, "ünï": "l"}}
        """#,
        "api-ref/source/samples/thing-resp.json": #"{"thing": {"name": "h"}}"#,
    ])

    static func generate() throws -> GenerationResult {
        let (reference, findings) = project.read()
        let display: @Sendable (String) -> String = { Paths.relative($0, to: TestProject.root) }
        let documents = GenerationRun.documentFiles(
            reference, folders: [TestProject.root + "/api-ref/source"], files: project.files, displayPath: display)
        guard
            case .generated(let result) = GenerationRun.run(
                reference, readFindings: findings, files: project.files, documentFiles: documents,
                sourceName: { $0 })
        else { throw GenerationFailed() }
        return result
    }

    struct GenerationFailed: Error {}

    @Test func declaresExactlyTheDocumentedTypesAndMembers() throws {
        let result = try Self.generate()
        #expect(result.files.map(\.name) == ["APIRefSupport.swift", "index.swift"])
        #expect(result.files[0].contents.hasSuffix(RuntimeSupport.source + "\n"))
        let folder = try SwiftCompiler.scratchFolder("hostile")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SwiftCompiler.write(result.files, to: folder)
        let support = Self.supportTypeNames
        let declared = try SwiftCompiler.declarations(folder: folder).filter {
            !support.contains(String($0.prefix { $0 != "." && $0 != " " }))
        }
        #expect(declared == Self.expected)
    }

    @Test func writesNoInvisibleOrControlCharacter() throws {
        for file in try Self.generate().files {
            let unsafe = file.contents.unicodeScalars.filter { $0 != "\n" && SwiftLiteral.isUnsafe($0) }
            #expect(unsafe.isEmpty, "\(file.name) holds \(unsafe.map { String($0.value, radix: 16) })")
        }
    }

    @Test func keepsWireNamesExactlyInStringLiterals() throws {
        let text = try Self.generate().files[1].contents
        #expect(text.contains(#"forKey: "quote\"\"\"")"#))
        #expect(text.contains(#"forKey: "back\\slash")"#))
        #expect(text.contains(#"forKey: "end*/")"#))
        #expect(text.contains(#"template: "/things/{class}/{thing-id}""#))
        #expect(text.contains(#"fields["X-Evil\"*/"] = value"#))
        #expect(
            text.contains("/// Tab and bidi U+202E reversed U+2066 isolate, a lineU+2028separator \\(interpolation)"))
    }

    /// The types the support file declares, read from its `public struct|enum|protocol` lines.
    static var supportTypeNames: Set<String> {
        var names: Set<String> = []
        for line in RuntimeSupport.source.split(separator: "\n") {
            for kind in ["public struct ", "public enum ", "public protocol "] where line.hasPrefix(kind) {
                names.insert(String(line.dropFirst(kind.count).prefix { $0.isLetter || $0.isNumber }))
            }
        }
        return names
    }

    /// Every declaration of the generated module but the support code's, as the compiler lists it.
    static let expected = [
        "CreateThingIfFalseRequest swift.struct",
        "CreateThingIfFalseRequest.Body swift.struct",
        "CreateThingIfFalseRequest.Body.Thing swift.struct",
        "CreateThingIfFalseRequest.Body.Thing._123start swift.property",
        "CreateThingIfFalseRequest.Body.Thing.additionalProperties swift.property",
        "CreateThingIfFalseRequest.Body.Thing.backSlash swift.property",
        "CreateThingIfFalseRequest.Body.Thing.default swift.property",
        "CreateThingIfFalseRequest.Body.Thing.encode(to:) swift.method",
        "CreateThingIfFalseRequest.Body.Thing.end swift.property",
        "CreateThingIfFalseRequest.Body.Thing.explicitNulls swift.property",
        "CreateThingIfFalseRequest.Body.Thing.if swift.property",
        "CreateThingIfFalseRequest.Body.Thing.init(end:quote:backSlash:tickTick:if:default:self_:type:name:name2:naMe:naMe2:_123start:n:additionalProperties:) swift.init",
        "CreateThingIfFalseRequest.Body.Thing.init(from:) swift.init",
        "CreateThingIfFalseRequest.Body.Thing.knownKeys swift.type.property",
        "CreateThingIfFalseRequest.Body.Thing.n swift.property",
        "CreateThingIfFalseRequest.Body.Thing.naMe swift.property",
        "CreateThingIfFalseRequest.Body.Thing.naMe2 swift.property",
        "CreateThingIfFalseRequest.Body.Thing.name swift.property",
        "CreateThingIfFalseRequest.Body.Thing.name2 swift.property",
        "CreateThingIfFalseRequest.Body.Thing.quote swift.property",
        "CreateThingIfFalseRequest.Body.Thing.self_ swift.property",
        "CreateThingIfFalseRequest.Body.Thing.tickTick swift.property",
        "CreateThingIfFalseRequest.Body.Thing.type swift.property",
        "CreateThingIfFalseRequest.Body.additionalProperties swift.property",
        "CreateThingIfFalseRequest.Body.encode(to:) swift.method",
        "CreateThingIfFalseRequest.Body.init(from:) swift.init",
        "CreateThingIfFalseRequest.Body.init(thing:additionalProperties:) swift.init",
        "CreateThingIfFalseRequest.Body.knownKeys swift.type.property",
        "CreateThingIfFalseRequest.Body.thing swift.property",
        "CreateThingIfFalseRequest.body swift.property",
        "CreateThingIfFalseRequest.class swift.property",
        "CreateThingIfFalseRequest.headerFields swift.property",
        "CreateThingIfFalseRequest.init(_:) swift.init",
        "CreateThingIfFalseRequest.init(class:thingID:xEvil:qUery:body:) swift.init",
        "CreateThingIfFalseRequest.path swift.property",
        "CreateThingIfFalseRequest.path(class:thingID:) swift.type.method",
        "CreateThingIfFalseRequest.qUery swift.property",
        "CreateThingIfFalseRequest.queryItems swift.property",
        "CreateThingIfFalseRequest.route swift.type.property",
        "CreateThingIfFalseRequest.thingID swift.property",
        "CreateThingIfFalseRequest.xEvil swift.property",
        "CreateThingIfFalseResponse swift.struct",
        "CreateThingIfFalseResponse.Body swift.struct",
        "CreateThingIfFalseResponse.Body.Thing swift.struct",
        "CreateThingIfFalseResponse.Body.Thing.additionalProperties swift.property",
        "CreateThingIfFalseResponse.Body.Thing.encode(to:) swift.method",
        "CreateThingIfFalseResponse.Body.Thing.init(from:) swift.init",
        "CreateThingIfFalseResponse.Body.Thing.init(name:additionalProperties:) swift.init",
        "CreateThingIfFalseResponse.Body.Thing.knownKeys swift.type.property",
        "CreateThingIfFalseResponse.Body.Thing.name swift.property",
        "CreateThingIfFalseResponse.Body.additionalProperties swift.property",
        "CreateThingIfFalseResponse.Body.encode(to:) swift.method",
        "CreateThingIfFalseResponse.Body.init(from:) swift.init",
        "CreateThingIfFalseResponse.Body.init(thing:additionalProperties:) swift.init",
        "CreateThingIfFalseResponse.Body.knownKeys swift.type.property",
        "CreateThingIfFalseResponse.Body.thing swift.property",
        "CreateThingIfFalseResponse.body swift.property",
        "CreateThingIfFalseResponse.errorCodes swift.type.property",
        "CreateThingIfFalseResponse.init(status:body:) swift.init",
        "CreateThingIfFalseResponse.output() swift.method",
        "CreateThingIfFalseResponse.status swift.property",
        "CreateThingIfFalseResponse.successCodes swift.type.property",
        "EvilGroupTickService swift.protocol",
        "EvilGroupTickService.createThingIfFalse(_:) swift.method",
        "EvilGroupTickService.evilGroupTickRoutes swift.property",
    ]
}
