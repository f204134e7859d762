/// What a sample was bound to: its operation, direction and microversion, and why.
public struct SampleBinding: Sendable {
    /// Which rule gave the sample's microversion.
    public enum VersionRule: String, Sendable {
        /// A `vX.Y` folder in the sample's path (nova's `servers/v2.47/...`).
        case folder
        /// A version in the file name (`-v237`, `-1.19`).
        case fileName = "file-name"
        /// A version in the example's title, such as `(v2.32)`.
        case caption
        /// The lowest microversion its part's title states (`Response Example (microversions
        /// 1.12 - 1.16)`).
        case part
        /// The lowest microversion of the operation.
        case operationMinimum = "operation-minimum"
        /// No version of its own, beside samples of the same operation in `vX.Y` folders (nova
        /// keeps the base version's samples above its version folders): below the lowest of them.
        case belowFolders = "below-folders"
        /// No version is known; version checks are skipped for this sample.
        case unknown
    }

    public var sample: SampleReference
    public var direction: Direction?
    public var microversion: Microversion?
    public var versionRule: VersionRule
    /// With `belowFolders`: the sample's version is below this one.
    public var below: Microversion?
    /// With `part`: the whole range the part's title states; the sample may show any of it.
    public var range: MicroversionRange?

    public init(
        sample: SampleReference, direction: Direction?, microversion: Microversion?, versionRule: VersionRule,
        below: Microversion? = nil, range: MicroversionRange? = nil
    ) {
        self.sample = sample
        self.direction = direction
        self.microversion = microversion
        self.versionRule = versionRule
        self.below = below
        self.range = range
    }
}
