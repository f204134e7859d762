/// One documented API call: a section with a `rest_method` directive.
public struct Operation: Sendable {
    /// The section title, such as `List Agent Builds`.
    public var title: String
    /// The location of the section title.
    public var location: SourceLocation
    /// The HTTP method as written, such as `GET`.
    public var method: String
    public var path: PathTemplate
    /// The location of the `rest_method` directive's arguments.
    public var methodLocation: SourceLocation
    /// From `min_version:` / `max_version:` lines of the `rest_method` directive.
    public var microversions: MicroversionRange
    public var parameterLists: [ParameterList]
    public var statusCodes: [StatusCode]
    public var samples: [SampleReference]

    /// The parameter references of the request or the response, in list order.
    public func parameters(_ direction: Direction) -> [ParameterReference] {
        parameterLists.filter { $0.direction == direction }.flatMap(\.items)
    }
}

/// Whether a part of an operation describes the request or the response.
public enum Direction: String, Sendable, Hashable, Codable {
    case request
    case response
}

/// A `rest_parameters` directive: the file it names and its items.
public struct ParameterList: Sendable {
    /// The file name as written in the directive.
    public var fileName: String
    /// The display path of the parameters file it resolved to, or `nil` when none was found.
    public var resolvedPath: String?
    public var direction: Direction
    public var location: SourceLocation
    public var items: [ParameterReference]
    /// The range the part's title states (`Response (microversions 1.12 - 1.16)`), else all.
    public var microversions: MicroversionRange = .all
    /// The title of the operation's subsection the list stands in ("Request", "Second
    /// Request"), telling the steps of a multi-step exchange apart.
    public var part: String?
}

/// One `- name: key` item of a parameter list.
public struct ParameterReference: Sendable {
    /// The display name, left of the colon.
    public var name: String
    /// The key of the definition in the parameters file, right of the colon.
    public var key: String
    /// The location of the item's first character (the name).
    public var location: SourceLocation
    /// The location of the key.
    public var keyLocation: SourceLocation
}

/// A status code an operation returns, from `rest_status_code` or a prose line.
public struct StatusCode: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case success
        case error
    }

    public var code: Int
    public var kind: Kind
    /// The name written with it, such as `badRequest` in `badRequest(400)`, or the variant
    /// key of a `rest_status_code` item (`401: auth_receipt`).
    public var name: String?
    public var microversions: MicroversionRange
    public var location: SourceLocation
}

/// A `literalinclude` of a request or response sample.
public struct SampleReference: Sendable {
    /// The path as written in the directive.
    public var writtenPath: String
    /// The display path of the file it resolves to.
    public var resolvedPath: String
    /// The absolute path of the file, for reading it.
    public var absolutePath: String
    /// The part of the operation it stands in, or `nil` when neither part applies.
    public var direction: Direction?
    public var location: SourceLocation
    /// The options written under the directive, such as `language: javascript`.
    public var options: [String: String]
    /// The text of the paragraph right before the directive, such as an example's title.
    public var caption: String?
    /// The range the part's title states (`Response Example (microversions 1.12 - 1.16)`).
    public var partMicroversions: MicroversionRange = .all
    /// The title of the operation's subsection the sample stands in, as for parameter lists.
    public var part: String?
}
