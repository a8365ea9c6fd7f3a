/// A QR code symbol: a square of dark and light modules, row-major, without the quiet zone.
///
/// `QREncoder` makes one from bytes; layouts draw it module by module (vector, never a
/// scaled bitmap), leaving a quiet zone of 4 modules around it.
public struct QRCode: Hashable, Sendable {
    /// Modules per side: 21 for version 1, 177 for version 40.
    public let size: Int
    /// The symbol version, 1 through 40.
    public let version: Int
    public let level: QRErrorCorrectionLevel
    /// Row-major, `true` = dark.
    public let modules: [Bool]

    public init(size: Int, version: Int, level: QRErrorCorrectionLevel, modules: [Bool]) {
        precondition(modules.count == size * size, "a QR code has size × size modules")
        self.size = size
        self.version = version
        self.level = level
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` (0-based, from the top left) is dark.
    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }
}

/// How much of the symbol may be damaged and still read: about 7 %, 15 %, 25 % and 30 %.
public enum QRErrorCorrectionLevel: String, Hashable, Sendable, CaseIterable {
    case low = "L"
    case medium = "M"
    case quartile = "Q"
    case high = "H"
}
