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
        /// The lowest microversion of the operation.
        case operationMinimum = "operation-minimum"
        /// No version is known; version checks are skipped for this sample.
        case unknown
    }

    public var sample: SampleReference
    public var direction: Direction?
    public var microversion: Microversion?
    public var versionRule: VersionRule
}
