/// One TLV element of an EMV QRCPS-MPM payload as written: a two-digit ID and its value (rails.md §3.1).
///
/// BR Codes carry elements this library does not model (the FSS 26-03 of Pix Saque, a postal code
/// template, another scheme's merchant account); they travel as `EMVField`s so a decoded code
/// encodes back with them.
public struct EMVField: Hashable, Sendable {
    /// The two-digit ID, "00" to "99".
    public var id: String
    /// The value, whose length becomes the element's two-digit length.
    public var value: String

    /// An element with the given ID and value; ``BRCode/encode(merchantTextCase:)`` checks both.
    public init(id: String, value: String) {
        self.id = id
        self.value = value
    }

    /// ID, two-digit length and value: `EMVField(id: "53", value: "986").encoded` is "5303986".
    ///
    /// The caller keeps values at 1–99 ASCII characters; ``BRCode/encode(merchantTextCase:)`` checks that
    /// before it gets here.
    var encoded: String {
        let length = value.unicodeScalars.count
        return id + (length < 10 ? "0" : "") + String(length) + value
    }
}

/// An element read from a payload, with where it was found and, for the templates BR Codes use
/// (26, 62 and 80), the elements inside it.
public struct EMVElement: Hashable, Sendable {
    /// The two-digit ID.
    public let id: String
    /// The value as read; for a template, the concatenated sub-elements.
    public let value: String
    /// The 0-based offset of the ID in the payload, in Unicode scalars.
    public let offset: Int
    /// The sub-elements of template 26, 62 or 80; empty for every other element.
    public let children: [EMVElement]

    /// The sub-element with the given ID, if the template has one.
    public func child(_ id: String) -> EMVElement? {
        children.first { $0.id == id }
    }

    /// The plain field, without position or sub-elements.
    public var field: EMVField { EMVField(id: id, value: value) }
}

/// Reads TLV elements; the only place that knows the ID-length-value layout on the way in.
enum EMVReader {
    /// The IDs whose values are templates this library reads into: Pix merchant account, additional data and
    /// the Pix Automático template (rails.md §3.1, §3.5).
    static let templateIDs: Set<String> = ["26", "62", "80"]

    /// Reads consecutive elements from `scalars`, whose first scalar is at `baseOffset` in the payload.
    ///
    /// `parent` is the template's ID, so errors name "26-01" rather than "01".
    static func elements(
        of scalars: ArraySlice<Unicode.Scalar>, baseOffset: Int, parent: String?
    ) throws(PixError) -> [EMVElement] {
        var result: [EMVElement] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let offset = baseOffset + (index - scalars.startIndex)
            let remaining = scalars.endIndex - index
            guard remaining >= 4 else {
                let rest = String(String.UnicodeScalarView(scalars[index...]))
                throw PixError.malformedElement(
                    field: path(parent, rest), offset: offset, problem: .truncatedHeader(remaining: remaining))
            }
            let id = String(String.UnicodeScalarView(scalars[index..<index + 2]))
            let lengthText = String(String.UnicodeScalarView(scalars[index + 2..<index + 4]))
            let field = path(parent, id)
            guard ASCII.isDigits(id, count: 2) else {
                throw PixError.malformedElement(field: field, offset: offset, problem: .nonNumericID(id))
            }
            guard ASCII.isDigits(lengthText, count: 2), let length = Int(lengthText) else {
                throw PixError.malformedElement(field: field, offset: offset, problem: .nonNumericLength(lengthText))
            }
            guard length > 0 else {
                throw PixError.malformedElement(field: field, offset: offset, problem: .zeroLength)
            }
            let valueStart = index + 4
            guard length <= scalars.endIndex - valueStart else {
                throw PixError.malformedElement(
                    field: field, offset: offset,
                    problem: .valueOverrunsPayload(declared: length, available: scalars.endIndex - valueStart))
            }
            guard !result.contains(where: { $0.id == id }) else {
                throw PixError.malformedElement(field: field, offset: offset, problem: .duplicateID)
            }
            let valueScalars = scalars[valueStart..<valueStart + length]
            var children: [EMVElement] = []
            if parent == nil, templateIDs.contains(id) {
                children = try elements(of: valueScalars, baseOffset: offset + 4, parent: id)
            }
            result.append(
                EMVElement(
                    id: id, value: String(String.UnicodeScalarView(valueScalars)), offset: offset, children: children))
            index = valueStart + length
        }
        return result
    }

    /// "26-01" inside a template, "59" at the top level.
    static func path(_ parent: String?, _ id: String) -> String {
        parent.map { "\($0)-\(id)" } ?? id
    }
}
