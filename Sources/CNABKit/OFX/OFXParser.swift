/// The single-pass reader behind `OFXDocument(parsing:options:)`.
///
/// It walks the bytes once, tag by tag, without building a tree: aggregates go on a small stack,
/// leaf values are remembered as byte ranges and decoded only when a statement needs them. That is
/// what lets a 30 MB statement parse in a fraction of a second, and it tolerates both OFX syntaxes
/// with the same code: SGML (`<MEMO>text` up to the next tag) and XML (`<MEMO>text</MEMO>`, the
/// closing tag of a leaf is simply ignored).
struct OFXParser {
    /// An aggregate that is open, with the offset of its `<`.
    struct OpenAggregate {
        let element: OFXElement
        let offset: Int
    }

    /// A leaf value as a byte range, with the offset of its tag for messages.
    struct LeafValue {
        let range: Range<Int>
        let tagOffset: Int
    }

    /// A leaf whose tag has been read and whose value runs until the next tag.
    struct PendingLeaf {
        let element: OFXElement
        let valueStart: Int
        let tagOffset: Int
    }

    /// Real statements never nest more than about eight levels; this only stops pathological input.
    static let maximumDepth = 32

    let bytes: [UInt8]
    let options: OFXParseOptions
    var lines: OFXLineCounter
    var stack: [OpenAggregate] = []
    var sawRoot = false
    var finished = false
    var encoding: OFXTextEncoding = .ascii

    var organization: LeafValue?
    var institutionID: LeafValue?
    var serverDate: LeafValue?
    var documentWarnings: [OFXWarning] = []
    var statements: [OFXStatement] = []
    var statement: OFXStatementBuilder?
    var transaction: OFXTransactionBuilder?
    var status: (offset: Int, code: LeafValue?, severity: LeafValue?, message: LeafValue?)?

    init(bytes: [UInt8], options: OFXParseOptions) {
        self.bytes = bytes
        self.options = options
        self.lines = OFXLineCounter(bytes)
    }

    mutating func parse() throws(OFXError) -> OFXDocument {
        let (header, bodyStart) = try OFXHeaderReader.read(bytes)
        try scan(from: bodyStart)

        guard sawRoot else { throw OFXError(.notOFX(looksLike: nil)) }
        if !finished, let open = stack.last {
            throw OFXError(
                .truncated(element: open.element.tagName, openedAtLine: lines.line(at: open.offset)),
                line: lines.line(at: bytes.count), byteOffset: bytes.count)
        }
        guard !statements.isEmpty else { throw OFXError(.noStatement) }

        var server: OFXDateTime?
        if let value = serverDate {
            var warnings: [OFXWarning] = []
            server = optionalDate(value, element: .serverDate, warnings: &warnings)
            documentWarnings.append(contentsOf: warnings)
        }
        let organizationText = organization.flatMap { text($0) }
        let institutionText = institutionID.flatMap { text($0) }
        return OFXDocument(
            header: header, organization: organizationText, institutionID: institutionText, serverDate: server,
            statements: statements, textEncoding: encoding, warnings: documentWarnings)
    }

    // MARK: - Scanning

    /// Finds every tag after the header and hands it on; everything between tags is leaf text.
    private mutating func scan(from start: Int) throws(OFXError) {
        let count = bytes.count
        var index = start
        var pending: PendingLeaf?
        while index < count, !finished {
            var lt = index
            while lt < count, bytes[lt] != UInt8(ascii: "<") { lt += 1 }
            guard lt + 1 < count else { break }
            let next = bytes[lt + 1]

            if next == UInt8(ascii: "/") {
                var position = lt + 2
                let nameStart = position
                while position < count, bytes[position].isOFXNameCharacter { position += 1 }
                let nameEnd = position
                while position < count, bytes[position].isOFXWhitespace { position += 1 }
                guard nameEnd > nameStart, position < count, bytes[position] == UInt8(ascii: ">") else {
                    index = lt + 1  // "</" that is not a closing tag is text.
                    continue
                }
                finish(&pending, at: lt)
                try close(nameStart..<nameEnd, at: lt)
                index = position + 1
            } else if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Processing instructions, comments and declarations carry no statement data.
                finish(&pending, at: lt)
                let terminator: StaticString =
                    next == UInt8(ascii: "?") ? "?>" : (OFXHeaderReader.startsWith(bytes, at: lt, "<!--") ? "-->" : ">")
                guard let end = OFXHeaderReader.find(bytes, terminator, from: lt + 2) else {
                    index = count
                    break
                }
                index = end + terminator.utf8CodeUnitCount
            } else if next.isOFXLetter {
                var position = lt + 1
                let nameStart = position
                while position < count, bytes[position].isOFXNameCharacter { position += 1 }
                let nameEnd = position
                // Skip attributes ("<OFX >"); a "<" before any ">" means this "<" was text ("A<B").
                while position < count, bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "<") {
                    position += 1
                }
                guard position < count, bytes[position] == UInt8(ascii: ">") else {
                    index = lt + 1
                    continue
                }
                finish(&pending, at: lt)
                let selfClosing = position > nameEnd && bytes[position - 1] == UInt8(ascii: "/")
                try open(nameStart..<nameEnd, at: lt, valueStart: position + 1, selfClosing: selfClosing, &pending)
                index = position + 1
            } else {
                index = lt + 1
            }
        }
        finish(&pending, at: count)
    }

    /// Ends the pending leaf: its value is everything up to `end`.
    private mutating func finish(_ pending: inout PendingLeaf?, at end: Int) {
        guard let leaf = pending else { return }
        pending = nil
        assign(leaf.element, LeafValue(range: leaf.valueStart..<max(leaf.valueStart, end), tagOffset: leaf.tagOffset))
    }

    private mutating func open(
        _ name: Range<Int>, at offset: Int, valueStart: Int, selfClosing: Bool, _ pending: inout PendingLeaf?
    ) throws(OFXError) {
        let element = OFXElement.named(bytes, name)
        guard sawRoot else {
            // The first element must be <OFX>; anything else means this is some other document.
            guard element == .ofx else {
                throw OFXError(
                    .notOFX(looksLike: OFXHeaderReader.hint(forFirstTag: String(decoding: bytes[name], as: UTF8.self))),
                    line: lines.line(at: offset), byteOffset: offset)
            }
            sawRoot = true
            stack.append(OpenAggregate(element: .ofx, offset: offset))
            return
        }
        if element.isAggregate {
            try openAggregate(element, at: offset)
            if selfClosing { try closeAggregate(element, at: offset) }
        } else if element != .other {
            if selfClosing {
                assign(element, LeafValue(range: valueStart..<valueStart, tagOffset: offset))
            } else {
                pending = PendingLeaf(element: element, valueStart: valueStart, tagOffset: offset)
            }
        }
    }

    private mutating func close(_ name: Range<Int>, at offset: Int) throws(OFXError) {
        let element = OFXElement.named(bytes, name)
        // Closing tags of leaves (XML style) and of unknown elements carry nothing.
        guard element.isAggregate else { return }
        try closeAggregate(element, at: offset)
    }

    // MARK: - Aggregates

    private mutating func openAggregate(_ element: OFXElement, at offset: Int) throws(OFXError) {
        guard stack.count < Self.maximumDepth else {
            throw OFXError(.nestingTooDeep(limit: Self.maximumDepth), line: lines.line(at: offset), byteOffset: offset)
        }
        let parent = stack.last?.element.tagName
        func misplaced() -> OFXError {
            OFXError(
                .misplacedElement(element: element.tagName, parent: parent), line: lines.line(at: offset),
                byteOffset: offset)
        }
        switch element {
        case .ofx:
            throw misplaced()
        case .statementResponse, .creditCardStatementResponse:
            guard statement == nil else { throw misplaced() }
            if element == .creditCardStatementResponse, !options.acceptsCreditCardStatements {
                throw OFXError(.creditCardStatementRefused, line: lines.line(at: offset), byteOffset: offset)
            }
            statement = OFXStatementBuilder(
                kind: element == .statementResponse ? .bank : .creditCard, offset: offset,
                line: lines.line(at: offset))
        case .statementTransaction:
            guard statement != nil, transaction == nil else { throw misplaced() }
            transaction = OFXTransactionBuilder(offset: offset)
        case .bankAccountFrom, .creditCardAccountFrom:
            if let top = stack.last?.element, top.isStatement {
                statement?.accountOffset = offset
            }
        case .status:
            status = (offset, nil, nil, nil)
        default:
            break
        }
        stack.append(OpenAggregate(element: element, offset: offset))
    }

    private mutating func closeAggregate(_ element: OFXElement, at offset: Int) throws(OFXError) {
        guard let position = stack.lastIndex(where: { $0.element == element }) else {
            throw OFXError(.unexpectedClosingTag(element.tagName), line: lines.line(at: offset), byteOffset: offset)
        }
        if position != stack.count - 1, let inner = stack.last {
            let openedAt = lines.line(at: inner.offset)
            throw OFXError(
                .unclosedElement(element: inner.element.tagName, openedAtLine: openedAt, closedBy: element.tagName),
                line: lines.line(at: offset), byteOffset: offset)
        }
        stack.removeLast()
        switch element {
        case .statementTransaction: try finishTransaction()
        case .statementResponse, .creditCardStatementResponse: try finishStatement()
        case .status: try finishStatus()
        case .ofx: finished = true
        default: break
        }
    }

    // MARK: - Leaves

    /// Files a leaf value under the innermost known aggregate; values elsewhere are skipped.
    private mutating func assign(_ element: OFXElement, _ value: LeafValue) {
        guard let top = stack.last?.element else { return }
        let parent = stack.count >= 2 ? stack[stack.count - 2].element : nil
        switch (top, element) {
        case (.financialInstitution, .organization): organization = organization ?? value
        case (.financialInstitution, .institutionID): institutionID = institutionID ?? value
        case (.signOnResponse, .serverDate): serverDate = serverDate ?? value
        case (.status, .code), (.status, .severity), (.status, .message):
            guard var current = status else { return }
            switch element {
            case .code: current.code = current.code ?? value
            case .severity: current.severity = current.severity ?? value
            default: current.message = current.message ?? value
            }
            status = current
        case (.statementTransaction, _), (.payee, .name):
            guard transaction != nil else { return }
            var warning: OFXWarning.Kind?
            if top == .payee {
                guard parent == .statementTransaction else { return }
                transaction?.set(payeeName: value, repeated: &warning)
            } else {
                transaction?.set(element, value, repeated: &warning)
            }
            if let warning { statement?.warnings.append(OFXWarning(warning, line: lines.line(at: value.tagOffset))) }
        case (.statementResponse, .currencyDefault), (.creditCardStatementResponse, .currencyDefault),
            (.bankAccountFrom, _), (.creditCardAccountFrom, _), (.bankTransactionList, _),
            (.ledgerBalance, _), (.availableBalance, _):
            // Only the statement's own aggregates, not a BANKACCTFROM somewhere else.
            guard top.isStatement || parent?.isStatement == true else { return }
            var warning: OFXWarning.Kind?
            statement?.set(element, in: top, value, repeated: &warning)
            if let warning { statement?.warnings.append(OFXWarning(warning, line: lines.line(at: value.tagOffset))) }
        default:
            break
        }
    }

    // MARK: - Values

    /// The decoded text of a value; nil when it is empty.
    mutating func text(_ value: LeafValue) -> String? {
        let (text, found) = OFXTextDecoding.decode(bytes[value.range])
        encoding = encoding.merged(with: found)
        return text.isEmpty ? nil : text
    }

    /// The value shortened for a message, so a corrupted megabyte does not end up in a log line.
    mutating func shown(_ value: LeafValue) -> String {
        let full = text(value) ?? ""
        return full.count > 40 ? String(full.prefix(40)) + "…" : full
    }

    /// An optional date: nil when absent or empty, nil with a warning when unreadable.
    mutating func optionalDate(_ value: LeafValue?, element: OFXElement, warnings: inout [OFXWarning])
        -> OFXDateTime?
    {
        guard let value else { return nil }
        let trimmed = bytes[value.range].ofxTrimmed()
        guard !trimmed.isEmpty else { return nil }
        if let date = OFXDateTime.parse(trimmed, defaultUTCOffsetSeconds: options.defaultUTCOffsetSeconds) {
            return date
        }
        warnings.append(
            OFXWarning(
                .unreadableValue(element: element.tagName, value: shown(value)), line: lines.line(at: value.tagOffset)))
        return nil
    }

    // MARK: - Status

    /// A bank that answers with `SEVERITY` `ERROR` sent no usable statement; say what it said.
    private mutating func finishStatus() throws(OFXError) {
        guard let current = status else { return }
        status = nil
        guard let severity = current.severity, text(severity)?.uppercased() == "ERROR" else { return }
        let code = current.code.flatMap { text($0) } ?? "?"
        let message = current.message.flatMap { text($0) }
        throw OFXError(
            .bankReportedError(code: code, message: message), line: lines.line(at: current.offset),
            byteOffset: current.offset)
    }
}
