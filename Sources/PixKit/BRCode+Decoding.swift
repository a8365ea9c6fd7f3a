import BrazilKit

extension BRCode {
    /// What ``BRCode/decode(_:)`` read: the BR Code, every element with its offset, and the CRC check.
    public struct Decoded: Hashable, Sendable {
        /// The meaning of the payload.
        public let code: BRCode
        /// The top-level elements in payload order, 63 included, with templates 26, 62 and 80 opened.
        public let elements: [EMVElement]
        /// Whether element 63 holds the CRC of the payload.
        public let crc: CRCCheck
    }

    /// The CRC found in element 63 next to the one computed over the payload.
    public struct CRCCheck: Hashable, Sendable {
        /// CRC16 of everything up to and including "6304", four uppercase hex digits.
        public let expected: String
        /// The four characters of element 63 as written.
        public let found: String

        /// True when they agree; lowercase hex is accepted since it is the same number.
        public var isValid: Bool { found.uppercased() == expected }
    }

    /// Reads a payload ("Pix Copia e Cola" or the text of a scanned QR code).
    ///
    /// A broken structure throws, naming the element and its offset; a payload that is well formed but
    /// whose CRC does not match is returned with ``Decoded/crc`` saying so, because a tool that shows a
    /// code to a person wants to show it anyway. Use ``init(validating:)`` to refuse such codes.
    /// Whitespace around the payload (a pasted line break) is ignored; offsets still count from the
    /// start of `payload`.
    public static func decode(_ payload: String) throws(PixError) -> Decoded {
        let scalars = Array(payload.unicodeScalars)
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }

        let elements = try EMVReader.elements(of: scalars[start..<end], baseOffset: start, parent: nil)
        let crc = try crcCheck(elements, scalars: scalars, start: start)
        let code = try BRCode(elements: elements)
        return Decoded(code: code, elements: elements, crc: crc)
    }

    /// Reads a payload and refuses it unless its CRC holds: the form to use before paying or storing.
    public init(validating payload: String) throws(PixError) {
        let decoded = try Self.decode(payload)
        guard decoded.crc.isValid else {
            throw PixError.crcMismatch(expected: decoded.crc.expected, found: decoded.crc.found)
        }
        self = decoded.code
    }

    /// Element 00 must open the payload and 63 close it; the CRC covers everything before its value.
    private static func crcCheck(
        _ elements: [EMVElement], scalars: [Unicode.Scalar], start: Int
    ) throws(PixError) -> CRCCheck {
        guard elements.first?.id == "00" else {
            guard let misplaced = elements.first(where: { $0.id == "00" }) else {
                throw PixError.missingField(field: "00")
            }
            throw PixError.misplacedField(field: "00", offset: misplaced.offset, expected: .first)
        }
        guard let crcElement = elements.first(where: { $0.id == "63" }) else {
            throw PixError.missingField(field: "63")
        }
        guard crcElement.offset == elements.last?.offset else {
            throw PixError.misplacedField(field: "63", offset: crcElement.offset, expected: .last)
        }
        guard crcElement.value.unicodeScalars.count == 4 else {
            throw PixError.invalidFormat(
                field: "63", offset: crcElement.offset, value: crcElement.value, pattern: "[0-9A-F]{4}")
        }
        var covered = String.UnicodeScalarView()
        covered.append(contentsOf: scalars[start..<crcElement.offset + 4])
        return CRCCheck(expected: CRC16.brCodeChecksum(of: String(covered)), found: crcElement.value)
    }

    /// The meaning of the elements, checked against the fixed values of rails.md §3.1.
    private init(elements: [EMVElement]) throws(PixError) {
        func required(_ id: String) throws(PixError) -> EMVElement {
            guard let element = elements.first(where: { $0.id == id }) else { throw PixError.missingField(field: id) }
            return element
        }
        func expect(_ element: EMVElement, field: String, _ allowed: [String]) throws(PixError) {
            guard allowed.contains(element.value) else {
                throw PixError.unexpectedValue(
                    field: field, offset: element.offset, found: element.value, expected: allowed)
            }
        }

        try expect(try required("00"), field: "00", ["01"])
        var pointOfInitiation: PointOfInitiation?
        if let element = elements.first(where: { $0.id == "01" }) {
            try expect(element, field: "01", ["11", "12"])
            pointOfInitiation = PointOfInitiation(rawValue: element.value)
        }

        let account = try required("26")
        guard let gui = account.child("00") else { throw PixError.missingField(field: "26-00") }
        guard gui.value.lowercased() == Self.pixGUI else {
            throw PixError.unexpectedValue(
                field: "26-00", offset: gui.offset, found: gui.value, expected: [Self.pixGUI])
        }

        let category = try required("52")
        guard ASCII.isDigits(category.value, count: 4) else {
            throw PixError.invalidFormat(field: "52", offset: category.offset, value: category.value, pattern: "\\d{4}")
        }
        try expect(try required("53"), field: "53", ["986"])
        try expect(try required("58"), field: "58", ["BR"])

        var amount: Money?
        if let element = elements.first(where: { $0.id == "54" }) {
            // EMV allows "10", "10.5" and "10.50"; the manual's limit is 13 characters (rails.md §3.1).
            guard element.value.utf8.count <= Limit.amountCharacters,
                let centavos = DecimalText.centavos(
                    element.value, maxWholeDigits: Limit.amountCharacters, allowedDecimals: 0...2)
            else {
                throw PixError.invalidFormat(
                    field: "54", offset: element.offset, value: element.value, pattern: "\\d{1,13}(\\.\\d{1,2})?")
            }
            amount = Money(centavos: centavos)
        }

        let additionalData = elements.first(where: { $0.id == "62" })
        let reference = additionalData?.child("05")?.value
        let recurrence = elements.first(where: { $0.id == "80" }).flatMap(Self.recurrenceLocation)

        self.init(
            pointOfInitiation: pointOfInitiation,
            key: account.child("01")?.value,
            paymentDescription: account.child("02")?.value,
            location: account.child("25")?.value,
            merchantAccountExtras: account.children.filter { !["00", "01", "02", "25"].contains($0.id) }.map(\.field),
            merchantCategoryCode: category.value,
            amount: amount,
            merchantName: try required("59").value,
            merchantCity: try required("60").value,
            postalCode: elements.first(where: { $0.id == "61" })?.value,
            txid: reference == Txid.none ? nil : reference,
            additionalDataExtras: additionalData?.children.filter { $0.id != "05" }.map(\.field) ?? [],
            recurrenceLocation: recurrence,
            extraFields: elements.filter { element in
                if element.id == "80" { return recurrence == nil }
                return !Self.modelledIDs.contains(element.id)
            }.map(\.field)
        )
    }

    /// The URL of a Pix Automático template (GUI + 25 and nothing else); other templates 80 are kept as extras.
    private static func recurrenceLocation(_ template: EMVElement) -> String? {
        guard template.children.count == 2, template.child("00")?.value.lowercased() == pixGUI else { return nil }
        return template.child("25")?.value
    }
}
