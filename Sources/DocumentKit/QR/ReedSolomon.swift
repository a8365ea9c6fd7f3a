/// Arithmetic in GF(2⁸) with the QR code field polynomial x⁸ + x⁴ + x³ + x² + 1 (0x11D) and
/// generator α = 2.
enum GF256 {
    /// `exp[i]` = αⁱ. Holds 512 entries (the 255-cycle repeated) so that a product can index
    /// `exp[log a + log b]` without reducing the sum modulo 255.
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        var value = 1
        for i in 0..<255 {
            table[i] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        for i in 255..<512 { table[i] = table[i - 255] }
        return table
    }()

    /// `log[αⁱ]` = i for every non-zero element; `log[0]` is meaningless (0).
    static let log: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = UInt8(i) }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[Int(log[Int(a)]) + Int(log[Int(b)])]
    }
}

/// Reed–Solomon error correction codewords as QR codes use them: the EC codewords of a block
/// are the remainder of data(x)·xⁿ divided by g(x) = (x − α⁰)(x − α¹)…(x − αⁿ⁻¹).
enum ReedSolomon {
    /// The largest EC codewords per block any version/level uses.
    static let maxDegree = 30

    /// `generatorLogs[n]`: the coefficients of the degree-n generator, highest power first,
    /// without the leading 1, as discrete logarithms. Built once for every degree, since all
    /// of them together are under 500 bytes and the encoder then never builds one per call.
    static let generatorLogs: [[UInt8]] = (0...maxDegree).map { degree in
        generator(degree: degree).map { coefficient in
            // Every coefficient of these generators is non-zero, so a logarithm exists.
            precondition(coefficient != 0, "generator coefficient is zero")
            return GF256.log[Int(coefficient)]
        }
    }

    /// The generator polynomial of `degree`, highest power first, without its leading 1.
    static func generator(degree: Int) -> [UInt8] {
        // Start from g(x) = 1 and multiply by (x + αⁱ) for i in 0..<degree; in GF(2⁸)
        // subtraction is addition (XOR).
        var poly: [UInt8] = [1]
        for i in 0..<degree {
            let root = GF256.exp[i]
            var next = [UInt8](repeating: 0, count: poly.count + 1)
            for (j, coefficient) in poly.enumerated() {
                next[j] ^= coefficient
                next[j + 1] ^= GF256.multiply(coefficient, root)
            }
            poly = next
        }
        return Array(poly.dropFirst())
    }

    /// The `count` EC codewords of one block of data codewords.
    static func ecCodewords(for data: [UInt8], count: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: count)
        data.withUnsafeBufferPointer { input in
            result.withUnsafeMutableBufferPointer { output in
                remainder(of: input, into: output)
            }
        }
        return result
    }

    /// Writes the EC codewords of `data` into `ec` (its count is the degree). This is the
    /// hot loop of the encoder: a shift-register division with log/antilog multiplication.
    static func remainder(of data: UnsafeBufferPointer<UInt8>, into ec: UnsafeMutableBufferPointer<UInt8>) {
        let degree = ec.count
        precondition(degree <= maxDegree, "at most \(maxDegree) EC codewords per block")
        for k in 0..<degree { ec[k] = 0 }
        guard degree > 0 else { return }
        generatorLogs[degree].withUnsafeBufferPointer { generator in
            GF256.exp.withUnsafeBufferPointer { exp in
                GF256.log.withUnsafeBufferPointer { log in
                    for byte in data {
                        let factor = byte ^ ec[0]
                        // Shift the register one place towards the front.
                        for k in 0..<(degree - 1) { ec[k] = ec[k + 1] }
                        ec[degree - 1] = 0
                        if factor != 0 {
                            let logFactor = Int(log[Int(factor)])
                            for k in 0..<degree {
                                ec[k] ^= exp[logFactor + Int(generator[k])]
                            }
                        }
                    }
                }
            }
        }
    }
}
