/// Why `QREncoder` could not make a symbol.
public enum QREncodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `byteCount` bytes do not fit even version 40 at `level`, which holds `capacity` bytes
    /// in byte mode. Lower the error correction level or shorten the data.
    case dataTooLong(byteCount: Int, level: QRErrorCorrectionLevel, capacity: Int)
    /// The requested minimum version is outside 1...40.
    case invalidMinimumVersion(Int)

    public var description: String {
        switch self {
        case let .dataTooLong(byteCount, level, capacity):
            "\(byteCount) bytes do not fit in a QR code at level \(level.rawValue): "
                + "version 40 holds at most \(capacity) bytes"
        case let .invalidMinimumVersion(version):
            "minimum QR version \(version) is outside 1...40"
        }
    }
}
