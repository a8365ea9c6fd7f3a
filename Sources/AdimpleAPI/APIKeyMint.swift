import AdimpleCore
import Crypto
package import Foundation

/// Makes API keys and recognises them. A key is `adm_live_` followed by 32 base62 characters
/// (190 bits of randomness); only its SHA-256 is stored — a fast hash is right here because
/// the key is random, not a password a person chose.
package enum APIKeyMint {
    package static let keyPrefix = "adm_live_"
    private static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    /// A new key (to show once) and the record to store.
    package static func make(
        name: String, scopes: Set<APIScope>, rateLimitPerSecond: Int, id: APIKey.ID, at now: Date
    ) -> (secret: String, key: APIKey) {
        var generator = SystemRandomNumberGenerator()
        let body = String((0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
        let secret = keyPrefix + body
        let key = APIKey(
            id: id, name: name, prefix: String(secret.prefix(keyPrefix.count + 4)), hash: hash(secret), scopes: scopes,
            rateLimitPerSecond: rateLimitPerSecond, createdAt: now)
        return (secret, key)
    }

    package static func hash(_ secret: String) -> String {
        hex(SHA256.hash(data: Data(secret.utf8)))
    }

    /// Lowercase hex of a digest. (`String(format:)` per byte was a tenth of a request's CPU.)
    package static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
