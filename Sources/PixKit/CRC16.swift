/// CRC-16/CCITT-FALSE, the checksum of BR Code element 63 (rails.md §3.1).
///
/// Parameters: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR; check value
/// "123456789" → 0x29B1. A BR Code is at most 512 characters, so the bitwise loop is fast enough and
/// easier to check against the definition than a lookup table.
public enum CRC16 {
    /// The CRC of the bytes.
    public static func ccittFalse(_ bytes: some Sequence<UInt8>) -> UInt16 {
        var crc: UInt16 = 0xFFFF
        for byte in bytes {
            crc ^= UInt16(byte) << 8
            for _ in 0..<8 {
                crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1
            }
        }
        return crc
    }

    /// The CRC of the UTF-8 bytes of `text` as BR Code element 63 writes it: four uppercase hex digits.
    public static func brCodeChecksum(of text: String) -> String {
        hex(ccittFalse(text.utf8))
    }

    /// Four uppercase hexadecimal digits, zero-padded: 0x0C64 → "0C64".
    static func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
