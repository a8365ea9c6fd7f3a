/// The check-digit rules of FEBRABAN and of each bank, over digit values (0–9).
///
/// Every rule weights digits starting at the rightmost one unless it says otherwise.
enum CheckDigit {
    /// Mod 10 (linha digitável fields 1–3, Itaú DACs): weights 2, 1, 2, 1… from the right; a product above 9
    /// counts as the sum of its two digits; DV = 10 − (sum mod 10), and 10 gives 0 (rails §1.2).
    static func mod10(_ digits: some BidirectionalCollection<UInt8>) -> UInt8 {
        var sum = 0
        var double = true
        for digit in digits.reversed() {
            var product = Int(digit)
            if double {
                product &*= 2
                if product > 9 { product &-= 9 }
            }
            sum &+= product
            double.toggle()
        }
        let remainder = sum % 10
        return remainder == 0 ? 0 : UInt8(10 - remainder)
    }

    /// Mod 10 over `range` of a row, without leaving the stack (linha fields on the hot path).
    @inline(__always)
    static func mod10(_ row: DigitRow, _ range: Range<Int>) -> UInt8 {
        precondition(range.lowerBound >= 0 && range.upperBound <= 64)
        return row.withBytes { bytes in
            var sum = 0
            var double = true
            var index = range.upperBound - 1
            while index >= range.lowerBound {
                let digit = Int(bytes[index])
                // A doubled digit above 9 counts as the sum of its digits: 2d − 9.
                sum &+= double ? (digit > 4 ? digit &* 2 &- 9 : digit &* 2) : digit
                double.toggle()
                index -= 1
            }
            let remainder = sum % 10
            return remainder == 0 ? 0 : UInt8(truncatingIfNeeded: 10 - remainder)
        }
    }

    /// The general DV of a barcode (position 5): mod 11 over positions 1–4 and 6–44, weights 2…9 from the
    /// right; DV = 11 − (sum mod 11), and 0, 10 or 11 give 1, so it is never 0 (rails §1.3).
    @inline(__always)
    static func barcodeGeneral(_ row: DigitRow) -> UInt8 {
        row.withBytes { bytes in
            var sum = 0
            var weight = 2
            var index = 43
            while index >= 0 {
                if index != 4 {
                    sum &+= Int(bytes[index]) &* weight
                    weight = weight == 9 ? 2 : weight &+ 1
                }
                index -= 1
            }
            let result = 11 - sum % 11
            return result >= 10 ? 1 : UInt8(truncatingIfNeeded: result)
        }
    }

    /// Weighted sum with weights 2, 3, …, `maxWeight`, 2, 3… from the rightmost digit.
    static func weightedSum(_ digits: some BidirectionalCollection<UInt8>, maxWeight: Int = 9) -> Int {
        var sum = 0
        var weight = 2
        for digit in digits.reversed() {
            sum += Int(digit) * weight
            weight = weight == maxWeight ? 2 : weight + 1
        }
        return sum
    }

    /// Mod 11, weights 2–9, DV = 11 − remainder and a result above 9 gives 0: Caixa (beneficiário, nosso
    /// número, campo livre; Caixa-SIGCB Anexos III, IV, VI), Santander nosso número (remainder 0 or 1 → 0,
    /// 10 → 1; Santander-CB p.13) and Sicredi (nosso número and campo livre; Sicredi-400 §5.4, §10.7).
    static func mod11ZeroAbove9(_ digits: some BidirectionalCollection<UInt8>) -> UInt8 {
        let result = 11 - weightedSum(digits) % 11
        return result > 9 ? 0 : UInt8(result)
    }

    /// Banco do Brasil (Anexo XI; also the agência and conta DVs): weights 9, 8, …, 2 from the right (the
    /// rightmost digit × 9), DV = sum mod 11 itself, and 10 is written "X".
    static func bancoDoBrasil(_ digits: some BidirectionalCollection<UInt8>) -> Character {
        var sum = 0
        var weight = 9
        for digit in digits.reversed() {
            sum += Int(digit) * weight
            weight = weight == 2 ? 9 : weight - 1
        }
        let remainder = sum % 11
        return remainder == 10 ? "X" : Character(String(remainder))
    }

    /// Bradesco nosso número (Bradesco-400 p.28): mod 11 with base 7 (weights 2…7) over carteira + nosso
    /// número; remainder 0 → "0", remainder 1 → "P", otherwise 11 − remainder.
    static func bradesco(_ digits: some BidirectionalCollection<UInt8>) -> Character {
        let remainder = weightedSum(digits, maxWeight: 7) % 11
        switch remainder {
        case 0: return "0"
        case 1: return "P"
        default: return Character(String(11 - remainder))
        }
    }

    /// Sicoob nosso número (Sicoob-XLSX): weights 3, 1, 9, 7 repeated **from the left** over cooperativa(4) +
    /// cliente(10) + nosso número(7); DV = 11 − (sum mod 11), remainders 0 and 1 give 0.
    static func sicoob(_ digits: some Collection<UInt8>) -> UInt8 {
        let weights = [3, 1, 9, 7]
        var sum = 0
        for (offset, digit) in digits.enumerated() {
            sum += Int(digit) * weights[offset % 4]
        }
        let remainder = sum % 11
        return remainder <= 1 ? 0 : UInt8(11 - remainder)
    }
}
