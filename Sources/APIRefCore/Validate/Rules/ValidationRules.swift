/// The rules of sample validation, with their messages.
///
/// - `undocumented-field`: a sample holds a field the operation's list does not document.
///   `doc/api_samples/a-resp.json:3:9: error: field 'flavor_nme' of the response sample is not documented for 'GET /flavors/{flavor_id}' [undocumented-field]`
/// - `missing-required-field`: a documented required field is absent from a sample of a
///   microversion it applies to.
/// - `type-mismatch`: a value's JSON type differs from the documented `type`.
/// - `field-outside-microversion`: a field appears in a sample of a microversion outside its
///   `min_version`/`max_version`.
/// - `undocumented-body`: a sample has a body but the operation documents no body parameter
///   for that direction.
/// - `unbound-sample`: a sample neither in a Request/Response part nor named `-req`/`-resp`.
/// - `too-many-findings`: a sample gave `Walker.findingLimit` findings; it was not walked
///   further.
public enum ValidationRules {
    public static let undocumentedField = RuleDescriptor(
        "undocumented-field", .error, "a sample field that the operation's parameter list does not document")
    public static let missingRequired = RuleDescriptor(
        "missing-required-field", .error, "a documented required field missing from a sample it applies to")
    public static let typeMismatch = RuleDescriptor(
        "type-mismatch", .error, "a sample value whose JSON type differs from the documented type")
    public static let outsideMicroversion = RuleDescriptor(
        "field-outside-microversion", .warning, "a sample field outside its min_version/max_version")
    public static let undocumentedBody = RuleDescriptor(
        "undocumented-body", .note, "a sample with a body for a direction that documents no body parameter")
    public static let unboundSample = RuleDescriptor(
        "unbound-sample", .note, "a sample whose direction (request or response) cannot be told; not validated")
    public static let tooManyFindings = RuleDescriptor(
        "too-many-findings", .note, "a sample reached 1,000 findings; the rest of it is not checked")
    public static let unincludedSample = RuleDescriptor(
        "unincluded-sample", .note, "a sample file that no document includes (reported with --unincluded)")

    static let all: [RuleDescriptor] = [
        undocumentedField, missingRequired, typeMismatch, outsideMicroversion, undocumentedBody, unboundSample,
        tooManyFindings, unincludedSample, BodyTreeBuilder.unplacedParameter, JSONReader.syntax,
        JSONReader.duplicateKey,
        SampleLibrary.notJSON,
    ]
}

extension Diagnostic {
    static func undocumentedField(
        _ path: [String], direction: Direction, operation: Operation, at location: SourceLocation,
        sample: SampleReference
    ) -> Diagnostic {
        Diagnostic(
            ValidationRules.undocumentedField,
            "field '\(path.joined(separator: "."))' of the \(direction.rawValue) sample is not documented for "
                + "'\(operation.method) \(operation.path.text)'",
            at: location, notes: [.init("sample included here", at: sample.location)])
    }

    /// - Parameter isPlaced: whether a sample or a dotted name showed where the field lives;
    ///   if not, the message names the field alone rather than a guessed path.
    static func missingRequired(
        _ path: [String], parameter: BodyParameter, binding: SampleBinding, isPlaced: Bool = true,
        at location: SourceLocation
    ) -> Diagnostic {
        let version = binding.microversion.map { " at microversion \($0)" } ?? ""
        let direction = binding.direction?.rawValue ?? ""
        let field = path.joined(separator: ".")
        let message =
            isPlaced
            ? "required field '\(field)' is missing from the \(direction) sample\(version)"
            : "required field '\(field)' appears nowhere in the \(direction) sample\(version)"
        return Diagnostic(
            ValidationRules.missingRequired, message, at: location,
            notes: [.init("'\(parameter.name)' is documented as required here", at: parameter.location)])
    }

    static func typeMismatch(_ path: [String], found: String, parameter: BodyParameter, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            ValidationRules.typeMismatch,
            "field '\(path.joined(separator: "."))' is \(found == "integer" || found == "array" || found == "object" ? "an" : "a") \(found) in the sample; documented as '\(parameter.type ?? "")'",
            at: location, notes: [.init("'\(parameter.name)' is documented here", at: parameter.location)])
    }

    static func outsideMicroversion(
        _ path: [String], version: String, parameters: [BodyParameter],
        at location: SourceLocation
    ) -> Diagnostic {
        let ranges = parameters.map { parameter -> String in
            let low = parameter.microversions.minimum.map(\.text) ?? ""
            let high = parameter.microversions.maximum.map(\.text) ?? ""
            return "\(low) - \(high)".trimmingSpaces()
        }
        return Diagnostic(
            ValidationRules.outsideMicroversion,
            "field '\(path.joined(separator: "."))' appears in a sample of \(version); "
                + "documented for microversions \(ranges.joined(separator: ", "))",
            at: location, notes: parameters.map { .init("'\($0.name)' is documented here", at: $0.location) })
    }
}
