/// Finds the microversion a sample shows.
///
/// In order: a `vX.Y` folder in its path (`servers/v2.47/server-get-resp.json`); a version in
/// its file name (`-v237` is 2.37, `-1.19`); a version in the example's title (`(v2.32)`,
/// `microversion 2.32`); else the operation's lowest microversion; else, when other samples
/// of the operation sit in `vX.Y` folders, below the lowest of those; else none.
public enum MicroversionBinder {
    /// Binds every sample of an operation.
    public static func bind(_ operation: Operation) -> [SampleBinding] {
        let bindings = operation.samples.map { bind($0, operation: operation) }
        let folders = bindings.filter { $0.versionRule == .folder }.compactMap(\.microversion)
        guard let lowest = folders.min() else { return bindings }
        return bindings.map { binding in
            guard binding.versionRule == .unknown else { return binding }
            return SampleBinding(
                sample: binding.sample, direction: binding.direction, microversion: nil, versionRule: .belowFolders,
                below: lowest)
        }
    }

    public static func bind(_ sample: SampleReference, operation: Operation) -> SampleBinding {
        if let version = fromFolder(sample.resolvedPath) {
            return SampleBinding(
                sample: sample, direction: sample.direction, microversion: version, versionRule: .folder)
        }
        if let version = fromFileName(Paths.fileName(of: sample.resolvedPath)) {
            return SampleBinding(
                sample: sample, direction: sample.direction, microversion: version, versionRule: .fileName)
        }
        if let caption = sample.caption, let version = fromCaption(caption) {
            return SampleBinding(
                sample: sample, direction: sample.direction, microversion: version, versionRule: .caption)
        }
        if let minimum = sample.partMicroversions.minimum {
            return SampleBinding(
                sample: sample, direction: sample.direction, microversion: minimum, versionRule: .part,
                range: sample.partMicroversions)
        }
        if let minimum = operation.microversions.minimum {
            return SampleBinding(
                sample: sample, direction: sample.direction, microversion: minimum, versionRule: .operationMinimum)
        }
        return SampleBinding(sample: sample, direction: sample.direction, microversion: nil, versionRule: .unknown)
    }

    static func fromFolder(_ path: String) -> Microversion? {
        for component in path.split(separator: "/").reversed().dropFirst() where component.hasPrefix("v") {
            if let version = Microversion(String(component.dropFirst())), version.components.count == 2 {
                return version
            }
        }
        return nil
    }

    /// `-v237` (nova's major digit then minor) or `-1.19` / `-v2.37` before the extension.
    static func fromFileName(_ name: String) -> Microversion? {
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        for part in stem.split(separator: "-").reversed() {
            if part.hasPrefix("v"), part.count >= 3, part.dropFirst().allSatisfy(\.isASCIIDigit) {
                let digits = part.dropFirst()
                return Microversion("\(digits.prefix(1)).\(digits.dropFirst())")
            }
        }
        let pieces = name.split(separator: "-")
        if let last = pieces.last {
            let withoutExtension = last.hasSuffix(".json") ? String(last.dropLast(5)) : String(last)
            let text = withoutExtension.hasPrefix("v") ? String(withoutExtension.dropFirst()) : withoutExtension
            if text.contains("."), let version = Microversion(text), version.components.count == 2 { return version }
        }
        return nil
    }

    /// `(v2.32)`, `(microversion 2.32)`, `microversions 2.32 - ...` in an example's title.
    static func fromCaption(_ caption: String) -> Microversion? {
        let lowered = caption.lowercased()
        let scalars = Array(lowered.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let atV = scalars[index] == "v" && (index == 0 || !isLetter(scalars[index - 1]))
            let atWord = lowered.unicodeScalars.index(lowered.unicodeScalars.startIndex, offsetBy: index)
            let rest = String(lowered.unicodeScalars[atWord...])
            var start: Int?
            if atV { start = index + 1 }
            if rest.hasPrefix("microversions ") { start = index + 14 }
            if rest.hasPrefix("microversion ") { start = index + 13 }
            if let start {
                var end = start
                while end < scalars.count, scalars[end].properties.numericType != nil || scalars[end] == "." {
                    end += 1
                }
                let text = String(String.UnicodeScalarView(scalars[start..<end]))
                if let version = Microversion(text), version.components.count == 2 { return version }
            }
            index += 1
        }
        return nil
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }
}
