@testable import APIRefCore

/// Writes the top-level code of a program that proves generated types on their samples: each
/// JSON sample that shaped a `Body` is decoded with it, encoded again, and the two JSON values
/// compared (numbers by value, objects without regard to key order).
///
/// The program prints `checked N` (the samples decoded), `untyped N` (those whose body the
/// documentation does not describe, decoded as `JSONValue`), one `FAIL type path: reason` line
/// per sample that does not decode or round-trip, and one `UNMODELLED type path: keys` line per
/// sample with keys that no property models (they are kept in `additionalProperties`).
enum RoundTripHarness {
    static func program(for operations: [GeneratedOperation]) -> String {
        var checks: [String] = []
        for operation in operations {
            for (direction, suffix) in [(Direction.request, "Request"), (.response, "Response")] {
                let hasBody = direction == .request ? operation.hasRequestBody : operation.hasResponseBody
                for path in operation.samples[direction] ?? [] {
                    // A sample without a Body type would mean the generator dropped its shape.
                    let type = hasBody ? "\(operation.baseName)\(suffix).Body.self" : "Missing.self"
                    checks.append("check(\(type), \(SwiftLiteral.string(path)))")
                }
            }
        }
        return prelude + checks.joined(separator: "\n") + "\n" + epilogue
    }

    private static let prelude = #"""
        import Foundation

        /// Stands for a Body type the generator did not write.
        struct Missing: Codable {}

        var checked = 0
        var untyped = 0
        var failures: [String] = []
        var unmodelled: [String] = []

        /// The places in a decoded value where keys fell into `additionalProperties`.
        func unmodelledKeys(_ value: Any, at path: String) -> [String] {
            var found: [String] = []
            for child in Mirror(reflecting: value).children {
                let label = child.label ?? ""
                if label == "additionalProperties", let extra = child.value as? [String: JSONValue] {
                    found += extra.keys.sorted().map { path + "." + $0 }
                } else if label == "explicitNulls" {
                    continue
                } else {
                    found += unmodelledKeys(child.value, at: label.isEmpty ? path + "[]" : path + "." + label)
                }
            }
            return found
        }

        func difference(_ left: JSONValue, _ right: JSONValue, at path: String) -> String? {
            switch (left, right) {
            case (.integer(let a), .integer(let b)): return a == b ? nil : "\(path): \(a) became \(b)"
            case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)):
                return Double(a) == b ? nil : "\(path): \(a) became \(b)"
            case (.number(let a), .number(let b)): return a == b ? nil : "\(path): \(a) became \(b)"
            case (.array(let a), .array(let b)):
                guard a.count == b.count else { return "\(path): \(a.count) items became \(b.count)" }
                for index in a.indices {
                    if let found = difference(a[index], b[index], at: "\(path)[\(index)]") { return found }
                }
                return nil
            case (.object(let a), .object(let b)):
                for key in Set(a.keys).union(b.keys).sorted() {
                    guard let x = a[key] else { return "\(path).\(key) was added" }
                    guard let y = b[key] else { return "\(path).\(key) was lost" }
                    if let found = difference(x, y, at: "\(path).\(key)") { return found }
                }
                return nil
            default:
                return left == right ? nil : "\(path): \(left) became \(right)"
            }
        }

        @MainActor func check<Body: Codable>(_ type: Body.Type, _ path: String) {
            checked += 1
            let name = String(reflecting: type).split(separator: ".").dropFirst().joined(separator: ".")
            guard let data = FileManager.default.contents(atPath: path) else {
                failures.append("\(name) \(path): cannot read the sample")
                return
            }
            do {
                let value = try JSONDecoder().decode(Body.self, from: data)
                if Body.self == JSONValue.self { untyped += 1 }
                let extra = unmodelledKeys(value, at: "$")
                if !extra.isEmpty { unmodelled.append("\(name) \(path): \(extra.joined(separator: " "))") }
                let encoded = try JSONCoding.encode(value)
                let original = try JSONDecoder().decode(JSONValue.self, from: data)
                let again = try JSONDecoder().decode(JSONValue.self, from: encoded)
                if let found = difference(original, again, at: "$") {
                    failures.append("\(name) \(path): \(found)")
                }
            } catch let error as DecodingError {
                failures.append("\(name) \(path): \(JSONCoding.describe(error))")
            } catch {
                failures.append("\(name) \(path): \(error)")
            }
        }


        """#

    private static let epilogue = #"""
        print("checked \(checked)")
        print("untyped \(untyped)")
        for failure in failures { print("FAIL " + failure) }
        for keys in unmodelled { print("UNMODELLED " + keys) }

        """#
}
