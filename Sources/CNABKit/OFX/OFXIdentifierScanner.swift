import BrazilKit

/// Finds the identifiers reconciliation matches on inside free statement text (`MEMO`, `NAME`).
///
/// Banks write them in prose — "PIX RECEBIDO E00000000202601151030ABCDEFGHIJK", "TXID: …",
/// "CPF 529.982.247-25" — so each finder insists on a whole token (no letter or digit glued on
/// either side) and on the identifier's own rules, and returns nothing rather than a near miss.
public enum OFXIdentifierScanner {
    /// Every Pix end-to-end id in `text`, in order.
    ///
    /// The format is `E` + the payer PSP's 8-digit ISPB + `yyyyMMddHHmm` + 11 letters or digits,
    /// 32 characters in all; the timestamp must be a real one from 2020 (Pix's launch) onwards.
    public static func pixEndToEndIDs(in text: String) -> [String] {
        tokens(in: Array(text.utf8)).compactMap { token in
            isEndToEndID(token) ? String(decoding: token, as: UTF8.self) : nil
        }
    }

    /// The first Pix end-to-end id in `text`, if any.
    public static func pixEndToEndID(in text: String) -> String? {
        pixEndToEndIDs(in: text).first
    }

    /// The first Pix txid in `text`, if any.
    ///
    /// A txid of a charge with a QR (`cob`, `cobv`) is 26–35 letters or digits. It is taken only
    /// where the bank marks it — after "TXID", "TX ID", "txid:", or after a boleto marker ("BOL",
    /// "BOLETO", "BOLEPIX") — or when the token itself starts with "BOL", the prefix some banks give
    /// the txid of a hybrid boleto. A bare 26–35 character token is not assumed to be a txid.
    public static func pixTxid(in text: String) -> String? {
        let bytes = Array(text.utf8)
        let words = tokens(in: bytes)
        for (index, word) in words.enumerated() {
            let upper = word.map(\.ofxUppercased)
            var candidate: ArraySlice<UInt8>?
            var afterMarker = true
            if upper.elementsEqual("TXID".utf8) || upper.elementsEqual("BOL".utf8)
                || upper.elementsEqual("BOLETO".utf8) || upper.elementsEqual("BOLEPIX".utf8)
            {
                candidate = index + 1 < words.count ? words[index + 1] : nil
            } else if upper.elementsEqual("TX".utf8), index + 2 < words.count,
                words[index + 1].map(\.ofxUppercased).elementsEqual("ID".utf8)
            {
                candidate = words[index + 2]
            } else if word.starts(with: "BOL".utf8) {
                candidate = word
                afterMarker = false
            }
            guard let candidate, (26...35).contains(candidate.count) else { continue }
            // After a marker, only spaces and ":", "=", "-", "#" may stand between it and the id.
            if !afterMarker || isSeparatedOnlyByPunctuation(bytes, before: candidate) {
                return String(decoding: candidate, as: UTF8.self)
            }
        }
        return nil
    }

    /// Every valid CPF or CNPJ in `text`, in order and without repeats.
    ///
    /// Accepted writings: `529.982.247-25`, `529982247-25`, `52998224725`, `11.222.333/0001-81`,
    /// `11222333/0001-81`, `11222333000181`, and the alphanumeric CNPJ with its mask
    /// (`12.ABC.345/01DE-35`). The check digits are verified by BrazilKit, so a number with a wrong
    /// digit, a masked one ("•••.456.789-••") or a phone number that is not a CPF is ignored.
    public static func taxIDs(in text: String) -> [TaxID] {
        let bytes = Array(text.utf8)
        var found: [TaxID] = []
        var index = 0
        while index < bytes.count {
            let startsToken = index == 0 || !isAlphanumeric(bytes[index - 1])
            if startsToken, bytes[index].isOFXDigit || isUppercaseLetter(bytes[index]),
                let match = taxIDMatch(bytes, at: index)
            {
                if !found.contains(match.id) { found.append(match.id) }
                index = match.end
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - End-to-end id

    private static func isEndToEndID(_ token: ArraySlice<UInt8>) -> Bool {
        guard token.count == 32, token.first == UInt8(ascii: "E") else { return false }
        let bytes = Array(token)
        guard bytes[1..<21].allSatisfy(\.isOFXDigit) else { return false }
        func number(_ start: Int, _ length: Int) -> Int {
            bytes[start..<(start + length)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        let year = number(9, 4)
        guard (2020...2099).contains(year), CivilDate(year: year, month: number(13, 2), day: number(15, 2)) != nil,
            number(17, 2) < 24, number(19, 2) < 60
        else { return false }
        return bytes[21...].allSatisfy(isAlphanumeric)
    }

    // MARK: - Tax ids

    /// The writings accepted, as patterns: `9` a digit, `X` a digit or uppercase letter, others
    /// literal. CNPJ masks are tried first because the longer match must win.
    private static let masks: [(pattern: [UInt8], isCPF: Bool)] =
        ["XX.XXX.XXX/XXXX-99", "XXXXXXXX/XXXX-99", "99999999999999"].map { (Array($0.utf8), false) }
        + ["999.999.999-99", "999999999-99", "99999999999"].map { (Array($0.utf8), true) }

    private static func taxIDMatch(_ bytes: [UInt8], at start: Int) -> (id: TaxID, end: Int)? {
        for (pattern, isCPF) in masks {
            let end = start + pattern.count
            guard end <= bytes.count, end == bytes.count || !isAlphanumeric(bytes[end]),
                matches(bytes[start..<end], pattern)
            else { continue }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            if isCPF, let cpf = try? CPF(text) { return (.cpf(cpf), end) }
            if !isCPF, let cnpj = try? CNPJ(text) { return (.cnpj(cnpj), end) }
        }
        return nil
    }

    private static func matches(_ text: ArraySlice<UInt8>, _ mask: [UInt8]) -> Bool {
        zip(text, mask).allSatisfy { byte, pattern in
            switch pattern {
            case UInt8(ascii: "9"): byte.isOFXDigit
            case UInt8(ascii: "X"): byte.isOFXDigit || isUppercaseLetter(byte)
            default: byte == pattern
            }
        }
    }

    // MARK: - Tokens

    /// Runs of ASCII letters and digits; every other byte (spaces, punctuation, "•", accents) separates.
    private static func tokens(in bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(whereSeparator: { !isAlphanumeric($0) })
    }

    private static func isSeparatedOnlyByPunctuation(_ bytes: [UInt8], before token: ArraySlice<UInt8>) -> Bool {
        var index = token.startIndex - 1
        var sawSeparator = false
        while index >= 0, !isAlphanumeric(bytes[index]) {
            guard
                [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "#"), 0x09]
                    .contains(bytes[index])
            else { return false }
            sawSeparator = true
            index -= 1
        }
        return sawSeparator
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { byte.isOFXDigit || byte.isOFXLetter }

    private static func isUppercaseLetter(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
}

extension OFXTransaction {
    /// The Pix end-to-end id written in `MEMO` or `NAME`, if any.
    public var pixEndToEndID: String? {
        descriptiveTexts.lazy.compactMap(OFXIdentifierScanner.pixEndToEndID(in:)).first
    }

    /// The Pix txid written in `MEMO` or `NAME`, if any.
    public var pixTxid: String? {
        descriptiveTexts.lazy.compactMap(OFXIdentifierScanner.pixTxid(in:)).first
    }

    /// Every valid CPF or CNPJ in `MEMO` then `NAME`, without repeats.
    public var taxIDs: [TaxID] {
        var all: [TaxID] = []
        for id in descriptiveTexts.flatMap(OFXIdentifierScanner.taxIDs(in:)) where !all.contains(id) {
            all.append(id)
        }
        return all
    }

    /// The first valid CPF or CNPJ in `MEMO` then `NAME`: usually the payer's. A memo may also name
    /// the bank or the card acquirer ("REDECARD … 01.425.787/0001-04"), so callers that can should
    /// look at ``taxIDs`` and match against the CPF/CNPJ they expect.
    public var payerTaxID: TaxID? { taxIDs.first }
}
