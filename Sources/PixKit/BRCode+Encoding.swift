import BrazilKit

extension BRCode {
    /// The payload ("Pix Copia e Cola"), ending with element 63 and its CRC16 (rails.md §3.1).
    ///
    /// Merchant name and city are normalised to printable ASCII and cut to 25 and 15 characters, because
    /// payers' apps refuse anything else; `merchantTextCase` decides whether they are also uppercased.
    /// Every other field is checked, not changed: the error names the element that breaks a rule.
    public func encode(merchantTextCase: MerchantTextCase = .preserved) throws(PixError) -> String {
        var payload = ""
        for field in try fields(merchantTextCase: merchantTextCase) {
            payload += field.encoded
        }
        // The CRC covers everything before it plus its own ID and length, "6304".
        payload += "6304"
        guard payload.utf8.count + 4 <= Limit.payload else {
            throw PixError.fieldTooLong(field: "payload", maximum: Limit.payload, actual: payload.utf8.count + 4)
        }
        return payload + CRC16.brCodeChecksum(of: payload)
    }

    /// The top-level elements before 63, in ID order, each checked against rails.md §3.1.
    private func fields(merchantTextCase: MerchantTextCase) throws(PixError) -> [EMVField] {
        var fields = [EMVField(id: "00", value: "01")]
        if let pointOfInitiation { fields.append(EMVField(id: "01", value: pointOfInitiation.rawValue)) }
        fields.append(EMVField(id: "26", value: try merchantAccountTemplate()))
        guard ASCII.isDigits(merchantCategoryCode, count: 4) else {
            throw PixError.invalidFormat(field: "52", offset: nil, value: merchantCategoryCode, pattern: "\\d{4}")
        }
        fields.append(EMVField(id: "52", value: merchantCategoryCode))
        fields.append(EMVField(id: "53", value: "986"))
        if let amount { fields.append(EMVField(id: "54", value: try Self.amountText(amount))) }
        fields.append(EMVField(id: "58", value: "BR"))
        fields.append(
            EMVField(
                id: "59",
                value: try Self.merchantText(merchantName, field: "59", limit: Limit.merchantName, merchantTextCase)))
        fields.append(
            EMVField(
                id: "60",
                value: try Self.merchantText(merchantCity, field: "60", limit: Limit.merchantCity, merchantTextCase)))
        if let postalCode {
            try Self.checkPlainValue(postalCode, field: "61", maximum: Limit.postalCode)
            fields.append(EMVField(id: "61", value: postalCode))
        }
        fields.append(EMVField(id: "62", value: try additionalDataTemplate()))
        if let recurrenceLocation {
            let url = try Self.locationURL(recurrenceLocation, field: "80-25")
            let template = [EMVField(id: "00", value: Self.pixGUI), EMVField(id: "25", value: url)]
            fields.append(EMVField(id: "80", value: try Self.template(template, field: "80")))
        }

        // A non-Pix template 80 may travel as an extra; with a recurrence location the model writes 80 itself.
        var taken = recurrenceLocation == nil ? Self.modelledIDs.subtracting(["80"]) : Self.modelledIDs
        for extra in extraFields {
            try Self.checkExtra(extra, parent: nil, taken: taken)
            taken.insert(extra.id)
        }
        return Self.merged(fields, extraFields)
    }

    /// Template 26: the GUI, then a key (static) or a location (dynamic), plus extras.
    private func merchantAccountTemplate() throws(PixError) -> String {
        var subfields = [EMVField(id: "00", value: Self.pixGUI)]
        switch (key, location) {
        case (.some, .some):
            throw PixError.conflictingFields(field: "26-01", conflictsWith: "26-25")
        case (.some(let key), nil):
            try Self.checkPlainValue(key, field: "26-01", maximum: Limit.key)
            subfields.append(EMVField(id: "01", value: key))
            let description = paymentDescription.map { MerchantText.normalize($0) } ?? ""
            if !description.isEmpty {
                // Template 26 holds 99 characters: the GUI (18) and the key take their share first.
                let room = max(0, Limit.template - 18 - (4 + key.utf8.count) - 4)
                guard description.utf8.count <= room else {
                    throw PixError.fieldTooLong(field: "26-02", maximum: room, actual: description.utf8.count)
                }
                subfields.append(EMVField(id: "02", value: description))
            }
        case (nil, .some(let location)):
            if let paymentDescription, !MerchantText.normalize(paymentDescription).isEmpty {
                // A dynamic code's texts live in the JSON payload behind the location (rails.md §3.1).
                throw PixError.conflictingFields(field: "26-02", conflictsWith: "26-25")
            }
            subfields.append(EMVField(id: "25", value: try Self.locationURL(location, field: "26-25")))
        case (nil, nil):
            // Only a Pix Automático code may leave 26 with the GUI alone (rails.md §3.5, oracle RECURRENCE_REC_ONLY).
            guard recurrenceLocation != nil else { throw PixError.missingField(field: "26-01") }
        }
        var taken: Set<String> = ["00", "01", "02", "25"]
        for extra in merchantAccountExtras {
            try Self.checkExtra(extra, parent: "26", taken: taken)
            taken.insert(extra.id)
        }
        return try Self.template(Self.merged(subfields, merchantAccountExtras), field: "26")
    }

    /// Template 62: the txid of a static code, "***" otherwise (rails.md §3.1).
    private func additionalDataTemplate() throws(PixError) -> String {
        var reference = Txid.none
        if let txid, txid != Txid.none {
            // A dynamic code's txid is in the JSON payload; the QR carries "***".
            guard location == nil else { throw PixError.conflictingFields(field: "62-05", conflictsWith: "26-25") }
            try Txid.validate(txid, for: .staticBRCode)
            reference = txid
        }
        let subfields = [EMVField(id: "05", value: reference)]
        var taken: Set<String> = ["05"]
        for extra in additionalDataExtras {
            try Self.checkExtra(extra, parent: "62", taken: taken)
            taken.insert(extra.id)
        }
        return try Self.template(Self.merged(subfields, additionalDataExtras), field: "62")
    }

    /// "0.00"-style: digits, a dot, two decimals, no grouping, at most 13 characters, above zero.
    static func amountText(_ amount: Money) throws(PixError) -> String {
        let text = amount.decimalString
        guard amount.isPositive else {
            throw PixError.invalidAmount(
                field: "54", value: text, problem: amount.isNegative ? .negative : .notPositive)
        }
        guard text.utf8.count <= Limit.amountCharacters else {
            throw PixError.invalidAmount(
                field: "54", value: text, problem: .tooLarge(maximum: PixAmount.maximum.decimalString))
        }
        return text
    }

    /// Name or city, normalised and cut; an empty result is an error because payers need both.
    private static func merchantText(
        _ text: String, field: String, limit: Int, _ letterCase: MerchantTextCase
    ) throws(PixError) -> String {
        let normalized = MerchantText.normalize(text, limit: limit, letterCase: letterCase)
        guard !normalized.isEmpty else { throw PixError.emptyField(field: field) }
        return normalized
    }

    /// A location as BR Codes carry it: without "https://" (rails.md §3.1), printable ASCII, no spaces.
    static func locationURL(_ location: String, field: String) throws(PixError) -> String {
        var url = Substring(location)
        if url.lowercased().hasPrefix("https://") { url = url.dropFirst("https://".count) }
        let value = String(url)
        if let (offset, character) = value.enumerated().first(where: { $0.element == " " }) {
            throw PixError.invalidCharacter(field: field, character: character, position: offset + 1)
        }
        if value.lowercased().hasPrefix("http://") {
            // The payer's PSP always fetches over HTTPS; a plain-HTTP location is a configuration mistake.
            throw PixError.invalidFormat(field: field, offset: nil, value: location, pattern: "(https://)?host/path")
        }
        try checkPlainValue(value, field: field, maximum: Limit.location)
        return value
    }

    /// A value written as given: non-empty, printable ASCII, within `maximum`.
    static func checkPlainValue(_ value: String, field: String, maximum: Int) throws(PixError) {
        guard !value.isEmpty else { throw PixError.emptyField(field: field) }
        if let (character, position) = MerchantText.firstNonPrintableASCII(in: value) {
            throw PixError.invalidCharacter(field: field, character: character, position: position)
        }
        guard value.utf8.count <= maximum else {
            throw PixError.fieldTooLong(field: field, maximum: maximum, actual: value.utf8.count)
        }
    }

    /// An extra element: a two-digit ID not written by the model, and a plain value of 1–99 characters.
    private static func checkExtra(_ extra: EMVField, parent: String?, taken: Set<String>) throws(PixError) {
        let field = EMVReader.path(parent, extra.id)
        guard ASCII.isDigits(extra.id, count: 2) else {
            throw PixError.invalidFormat(field: field, offset: nil, value: extra.id, pattern: "\\d{2}")
        }
        guard !taken.contains(extra.id) else {
            throw PixError.duplicateField(field: field)
        }
        try checkPlainValue(extra.value, field: field, maximum: Limit.template)
    }

    /// The concatenated sub-elements, refused when the template's two-digit length cannot hold them.
    private static func template(_ subfields: [EMVField], field: String) throws(PixError) -> String {
        let value = subfields.map(\.encoded).joined()
        guard value.utf8.count <= Limit.template else {
            throw PixError.fieldTooLong(field: field, maximum: Limit.template, actual: value.utf8.count)
        }
        return value
    }

    /// Model elements and extras in ascending ID order; a stable sort keeps each list's own order.
    private static func merged(_ fields: [EMVField], _ extras: [EMVField]) -> [EMVField] {
        (fields + extras).enumerated()
            .sorted { ($0.element.id, $0.offset) < ($1.element.id, $1.offset) }
            .map(\.element)
    }
}
