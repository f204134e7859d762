/// The code every generated package shares, written once as `APIRefSupport.swift`: the JSON
/// value type, the coding key and extra-key handling of generated objects, routes, path
/// encoding and the router.
///
/// It is fixed text: nothing from the documentation goes into it.
enum RuntimeSupport {
    /// The file's name in the output folder.
    static let fileName = OutputFileNaming.supportFileName

    static let source = #"""
        import Foundation

        /// Any JSON value: what free-form objects, untyped bodies and values documented with more
        /// than one type decode to. Numbers written without a fraction decode as `integer`.
        public enum JSONValue: Codable, Sendable, Hashable {
            case null
            case bool(Bool)
            case integer(Int)
            case number(Double)
            case string(String)
            case array([JSONValue])
            case object([String: JSONValue])

            public init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if container.decodeNil() {
                    self = .null
                } else if let value = try? container.decode(Bool.self) {
                    self = .bool(value)
                } else if let value = try? container.decode(Int.self) {
                    self = .integer(value)
                } else if let value = try? container.decode(Double.self) {
                    self = .number(value)
                } else if let value = try? container.decode(String.self) {
                    self = .string(value)
                } else if let value = try? container.decode([JSONValue].self) {
                    self = .array(value)
                } else {
                    self = .object(try container.decode([String: JSONValue].self))
                }
            }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                switch self {
                case .null: try container.encodeNil()
                case .bool(let value): try container.encode(value)
                case .integer(let value): try container.encode(value)
                case .number(let value): try container.encode(value)
                case .string(let value): try container.encode(value)
                case .array(let value): try container.encode(value)
                case .object(let value): try container.encode(value)
                }
            }
        }

        /// A coding key for any name, so generated types keep wire names exactly
        /// (`OS-DCF:diskConfig`) and keep the keys they do not model.
        public struct AnyCodingKey: CodingKey, Hashable, Sendable, ExpressibleByStringLiteral {
            public var stringValue: String
            public var intValue: Int?

            public init(_ name: String) {
                stringValue = name
            }

            public init(stringLiteral name: String) {
                stringValue = name
            }

            public init?(stringValue: String) {
                self.stringValue = stringValue
            }

            public init?(intValue: Int) {
                stringValue = String(intValue)
                self.intValue = intValue
            }
        }

        /// A generated object type: its documented members as properties, and every other key of
        /// the JSON object in `additionalProperties`, so decoding and encoding again loses nothing.
        public protocol APIObject: Codable, Sendable, Hashable {
            /// The keys the documentation does not name, with their values.
            var additionalProperties: [String: JSONValue] { get set }
        }

        extension KeyedDecodingContainer where K == AnyCodingKey {
        /// The keys among `keys` that the object holds with the value `null`.
        public func nullKeys(among keys: Set<String>) throws -> Set<String> {
            var found: Set<String> = []
            for key in keys where contains(AnyCodingKey(key)) {
                if try decodeNil(forKey: AnyCodingKey(key)) { found.insert(key) }
            }
            return found
        }

            /// Every key of the object outside `known`, with its value.
            public func additionalProperties(excluding known: Set<String>) throws -> [String: JSONValue] {
                var properties: [String: JSONValue] = [:]
                for key in allKeys where !known.contains(key.stringValue) {
                    properties[key.stringValue] = try decode(JSONValue.self, forKey: key)
                }
                return properties
            }
        }

        extension KeyedEncodingContainer where K == AnyCodingKey {
        /// Writes an optional field: its value when it has one, else `null` when `nulls` holds
        /// its key, else nothing.
        public mutating func encode<Value: Encodable>(
            _ value: Value?, forKey key: AnyCodingKey, nullIn nulls: Set<String>
        ) throws {
            if let value {
                try encode(value, forKey: key)
            } else if nulls.contains(key.stringValue) {
                try encodeNil(forKey: key)
            }
        }

            /// Writes back the keys that `additionalProperties(excluding:)` kept.
            public mutating func encode(additionalProperties: [String: JSONValue]) throws {
                for (key, value) in additionalProperties {
                    try encode(value, forKey: AnyCodingKey(key))
                }
            }
        }

        /// An HTTP method and path template, such as `GET /servers/{server_id}`.
        public struct HTTPRoute: Sendable, Hashable, CustomStringConvertible {
            public let method: String
            public let template: String

            public init(method: String, template: String) {
                self.method = method
                self.template = template
            }

            public var description: String { method + " " + template }

            /// The number of path segments without a placeholder: a route with more of them is the
            /// more specific one (`/servers/detail` before `/servers/{server_id}`).
            public var literalSegments: Int {
                template.split(separator: "/").filter { !$0.contains("{") }.count
            }

            /// The percent-decoded values of the template's placeholders when `path` matches it.
            public func match(_ path: String) -> [String: String]? {
                let templateParts = Self.segments(template)
                let pathParts = Self.segments(path)
                guard templateParts.count == pathParts.count else { return nil }
                var values: [String: String] = [:]
                for (pattern, segment) in zip(templateParts, pathParts) {
                    guard let found = Self.match(Substring(pattern), Substring(segment), into: values) else { return nil }
                    values = found
                }
                return values
            }

            private static func segments(_ path: String) -> [String] {
                var trimmed = Substring(path)
                while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
                return trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            }

            /// Matches one segment against its pattern of literal text and `{name}` placeholders.
            private static func match(_ pattern: Substring, _ segment: Substring, into values: [String: String])
                -> [String: String]?
            {
                guard let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") else {
                    return PathEncoding.decode(segment) == PathEncoding.decode(pattern) ? values : nil
                }
                let prefix = pattern[..<open]
                guard segment.hasPrefix(prefix) else { return nil }
                let name = String(pattern[pattern.index(after: open)..<close])
                let rest = pattern[pattern.index(after: close)...]
                let value = segment.dropFirst(prefix.count)
                // The shortest non-empty value that lets the rest of the pattern match.
                var end = value.startIndex
                while end < value.endIndex {
                    end = value.index(after: end)
                    // A slice that ends inside a percent escape is not a value; a longer one may be.
                    guard let decoded = PathEncoding.decode(value[value.startIndex..<end]) else { continue }
                    var next = values
                    next[name] = decoded
                    if let found = match(rest, value[end...], into: next) { return found }
                }
                return nil
            }
        }

        /// Percent-encoding of path segments: everything but RFC 3986's unreserved characters.
        public enum PathEncoding {
            /// `value` made safe to stand as one path segment.
            public static func segment(_ value: String) -> String {
                var encoded = ""
                for byte in value.utf8 {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                        UInt8(ascii: "~"):
                        encoded.unicodeScalars.append(Unicode.Scalar(byte))
                    default:
                        let hex = String(byte, radix: 16, uppercase: true)
                        encoded += byte < 16 ? "%0" + hex : "%" + hex
                    }
                }
                return encoded
            }

            /// The segment with its percent escapes decoded; `nil` when they are malformed or not UTF-8.
            public static func decode(_ segment: Substring) -> String? {
                var bytes: [UInt8] = []
                var index = segment.utf8.startIndex
                let utf8 = segment.utf8
                while index < utf8.endIndex {
                    let byte = utf8[index]
                    if byte == UInt8(ascii: "%") {
                        let high = utf8.index(after: index)
                        guard high < utf8.endIndex else { return nil }
                        let low = utf8.index(after: high)
                        guard low < utf8.endIndex, let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16)
                        else { return nil }
                        bytes.append(value)
                        index = utf8.index(after: low)
                    } else {
                        bytes.append(byte)
                        index = utf8.index(after: index)
                    }
                }
                return String(validating: bytes, as: UTF8.self)
            }
        }

        /// One `name=value` of a URL's query.
        public struct QueryItem: Sendable, Hashable {
            public var name: String
            public var value: String?

            public init(name: String, value: String?) {
                self.name = name
                self.value = value
            }
        }

        /// A value that travels as text in a path, a query or a header.
        public protocol RouteValue: Sendable {
            /// The value read from its text; `nil` when the text is not such a value.
            init?(routeText: String)
            /// The value as text.
            var routeText: String { get }
        }

        extension String: RouteValue {
            public init?(routeText: String) { self = routeText }
            public var routeText: String { self }
        }

        extension Int: RouteValue {
            public init?(routeText: String) { self.init(routeText) }
            public var routeText: String { String(self) }
        }

        extension Double: RouteValue {
            public init?(routeText: String) { self.init(routeText) }
            public var routeText: String { String(self) }
        }

        extension Bool: RouteValue {
            public init?(routeText: String) {
                switch routeText.lowercased() {
                case "true", "1", "yes", "on": self = true
                case "false", "0", "no", "off": self = false
                default: return nil
                }
            }

            public var routeText: String { self ? "true" : "false" }
        }

        /// An HTTP request as a server hands it to the router.
        public struct RouterInput: Sendable {
            public var method: String
            /// The path, such as `/servers/1234/action`; a query written after it (`?name=a`) is
            /// read into `query` by the router.
            public var path: String
            public var query: [QueryItem]
            /// Header fields; names are compared without regard to case.
            public var headers: [String: String]
            public var body: Data?

            public init(
                method: String, path: String, query: [QueryItem] = [], headers: [String: String] = [:], body: Data? = nil
            ) {
                self.method = method
                self.path = path
                self.query = query
                self.headers = headers
                self.body = body
            }
        }

        /// The response the router gives back: a status code, header fields and the encoded body.
        public struct RouterOutput: Sendable, Hashable {
            public var status: Int
            public var headers: [String: String]
            public var body: Data?

            public init(status: Int, headers: [String: String] = [:], body: Data? = nil) {
                self.status = status
                self.headers = headers
                self.body = body
            }
        }

        /// An error a handler throws to answer with one of its documented error codes, such as
        /// 404 for an unknown ID; `Router.respond` turns it into its status and a JSON body.
        public struct APIError: Error, Sendable, Hashable, CustomStringConvertible {
            public var status: Int
            public var message: String

            public init(status: Int, message: String) {
                self.status = status
                self.message = message
            }

            public var description: String { "\(status): \(message)" }
        }

        /// Why the router could not hand a request to an operation.
        public enum RouteError: Error, Sendable, Hashable, CustomStringConvertible {
            /// No documented route has this path.
            case notFound(method: String, path: String)
            /// The path is documented, but not for this method.
            case methodNotAllowed(method: String, path: String)
            /// A path, query, header or body value is missing or cannot be decoded.
            case badRequest(String)

            /// The HTTP status code the error stands for.
            public var status: Int {
                switch self {
                case .notFound: 404
                case .methodNotAllowed: 405
                case .badRequest: 400
                }
            }

            public var description: String {
                switch self {
                case .notFound(let method, let path): "no operation is documented for \(method) \(path)"
                case .methodNotAllowed(let method, let path): "\(path) is documented, but not for \(method)"
                case .badRequest(let reason): reason
                }
            }
        }

        /// Where a request parameter travels.
        public enum ParameterLocation: String, Sendable {
            case path
            case query
            case header
        }

        /// A request matched to a route: the input and the values of the path's placeholders.
        public struct RouteMatch: Sendable {
            public var input: RouterInput
            public var pathValues: [String: String]

            public init(input: RouterInput, pathValues: [String: String]) {
                self.input = input
                self.pathValues = pathValues
            }

            private func texts(_ name: String, in location: ParameterLocation) -> [String] {
                switch location {
                case .path:
                    return pathValues[name].map { [$0] } ?? []
                case .query:
                    return input.query.filter { $0.name == name }.compactMap(\.value)
                case .header:
                    let lowered = name.lowercased()
                    return input.headers.filter { $0.key.lowercased() == lowered }.sorted { $0.key < $1.key }.map(\.value)
                }
            }

            /// The value of an optional parameter, `nil` when it is absent.
            public func optional<Value: RouteValue>(_ name: String, in location: ParameterLocation) throws -> Value? {
                guard let text = texts(name, in: location).first else { return nil }
                guard let value = Value(routeText: text) else {
                    throw RouteError.badRequest("\(location.rawValue) parameter '\(name)' has the invalid value '\(text)'")
                }
                return value
            }

            /// The value of a required parameter.
            public func required<Value: RouteValue>(_ name: String, in location: ParameterLocation) throws -> Value {
                guard let value: Value = try optional(name, in: location) else {
                    throw RouteError.badRequest("\(location.rawValue) parameter '\(name)' is required")
                }
                return value
            }

            /// Every value of a parameter that may repeat (`?tag=a&tag=b`).
            public func list<Value: RouteValue>(_ name: String, in location: ParameterLocation) throws -> [Value] {
                try texts(name, in: location).map { text in
                    guard let value = Value(routeText: text) else {
                        throw RouteError.badRequest("\(location.rawValue) parameter '\(name)' has the invalid value '\(text)'")
                    }
                    return value
                }
            }

            /// The body decoded as `type`.
            public func body<Body: Decodable>(_ type: Body.Type) throws -> Body {
                guard let data = input.body, !data.isEmpty else { throw RouteError.badRequest("the request needs a body") }
                do {
                    return try JSONDecoder().decode(type, from: data)
                } catch let error as DecodingError {
                    throw RouteError.badRequest("the body cannot be decoded: \(JSONCoding.describe(error))")
                } catch {
                    throw RouteError.badRequest("the body is not valid JSON")
                }
            }
        }

        /// JSON encoding as the generated code does it: sorted keys, so the same value always gives
        /// the same bytes.
        public enum JSONCoding {
            public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                return try encoder.encode(value)
            }

            /// A decoding error in a line: where in the body, and what went wrong.
            public static func describe(_ error: DecodingError) -> String {
                let context: DecodingError.Context
                switch error {
                case .typeMismatch(_, let found), .valueNotFound(_, let found), .keyNotFound(_, let found),
                    .dataCorrupted(let found):
                    context = found
                @unknown default:
                    return "\(error)"
                }
                var path = ""
                for key in context.codingPath {
                    if let index = key.intValue {
                        path += "[\(index)]"
                    } else {
                        path += (path.isEmpty ? "" : ".") + key.stringValue
                    }
                }
                if case .keyNotFound(let key, _) = error {
                    return "'\(path.isEmpty ? "" : path + ".")\(key.stringValue)' is required"
                }
                return (path.isEmpty ? "" : "'\(path)': ") + context.debugDescription
            }
        }

        /// One documented operation as the router sees it: its route, the top-level body key that
        /// tells it from other operations on the same route, and the handler to call.
        public struct RouteEntry: Sendable {
            public let route: HTTPRoute
            public let bodyKey: String?
            public let handle: @Sendable (RouteMatch) async throws -> RouterOutput

            public init(
                route: HTTPRoute, bodyKey: String?, handle: @escaping @Sendable (RouteMatch) async throws -> RouterOutput
            ) {
                self.route = route
                self.bodyKey = bodyKey
                self.handle = handle
            }
        }

        /// Finds the operation for a request, decodes it into the operation's request type through
        /// the entry's handler and returns the encoded response. It needs no HTTP server: any server
        /// can hand it requests, and tests can call it directly.
        public struct Router: Sendable {
            public let entries: [RouteEntry]

            /// The entries in the order given; where several match, the most specific route wins, then
            /// the one whose body key the request's body holds, then the earliest.
            public init(_ entries: [RouteEntry]) {
                self.entries = entries
            }

            /// The response of the operation the request is for.
            /// - Throws: `RouteError` when no operation matches or the request cannot be decoded, and
            ///   whatever the handler throws.
            public func handle(_ input: RouterInput) async throws -> RouterOutput {
                let input = Self.splittingQuery(input)
                var matches: [(entry: RouteEntry, values: [String: String])] = []
                var otherMethod = false
                for entry in entries {
                    guard let values = entry.route.match(input.path) else { continue }
                    if entry.route.method.uppercased() == input.method.uppercased() {
                        matches.append((entry, values))
                    } else {
                        otherMethod = true
                    }
                }
                guard let best = matches.map(\.entry.route.literalSegments).max() else {
                    throw otherMethod
                        ? RouteError.methodNotAllowed(method: input.method, path: input.path)
                        : RouteError.notFound(method: input.method, path: input.path)
                }
                let candidates = matches.filter { $0.entry.route.literalSegments == best }
                var chosen = candidates[0]
                if candidates.count > 1 {
                    let keys = Self.topLevelKeys(input.body)
                    if let keyed = candidates.first(where: { $0.entry.bodyKey.map(keys.contains) ?? false }) {
                        chosen = keyed
                    } else if let plain = candidates.first(where: { $0.entry.bodyKey == nil }) {
                        chosen = plain
                    } else {
                        let expected = candidates.compactMap(\.entry.bodyKey).map { "'\($0)'" }.joined(separator: ", ")
                        throw RouteError.badRequest("the body of \(input.method) \(input.path) needs one of the keys \(expected)")
                    }
                }
                return try await chosen.entry.handle(RouteMatch(input: input, pathValues: chosen.values))
            }

            /// Like `handle`, but a `RouteError` or an `APIError` becomes its status code with a JSON
            /// body `{"code": 404, "message": "..."}`, and any other error becomes status 500.
            public func respond(_ input: RouterInput) async -> RouterOutput {
                do {
                    return try await handle(input)
                } catch let error as RouteError {
                    return Self.errorOutput(status: error.status, message: error.description)
                } catch let error as APIError {
                    return Self.errorOutput(status: error.status, message: error.message)
                } catch {
                    return Self.errorOutput(status: 500, message: "the handler failed")
                }
            }

            private static func errorOutput(status: Int, message: String) -> RouterOutput {
                let body = try? JSONCoding.encode(["code": JSONValue.integer(status), "message": JSONValue.string(message)])
                return RouterOutput(status: status, headers: ["Content-Type": "application/json"], body: body)
            }

            /// The input with a query left on its path (`/servers?name=a`) moved into its query
            /// items, percent-decoded, `+` read as a space.
            static func splittingQuery(_ input: RouterInput) -> RouterInput {
                guard let mark = input.path.firstIndex(of: "?") else { return input }
                var split = input
                split.path = String(input.path[..<mark])
                for pair in input.path[input.path.index(after: mark)...].split(separator: "&") {
                    let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    func decoded(_ text: Substring) -> String {
                        let spaced = text.replacingOccurrences(of: "+", with: " ")
                        return PathEncoding.decode(Substring(spaced)) ?? String(spaced)
                    }
                    split.query.append(QueryItem(name: decoded(parts[0]), value: parts.count > 1 ? decoded(parts[1]) : nil))
                }
                return split
            }

            private static func topLevelKeys(_ body: Data?) -> Set<String> {
                guard let body, let object = try? JSONDecoder().decode([String: JSONValue].self, from: body) else { return [] }
                return Set(object.keys)
            }
        }
        """#
}
