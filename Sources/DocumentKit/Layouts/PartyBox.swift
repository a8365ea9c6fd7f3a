/// The box of a person or company (beneficiário, pagador): name, CPF/CNPJ and address.
///
/// CDC art. 42-A requires the supplier's name, address and CPF/CNPJ on every boleto, and
/// names and addresses can be long, so this box does not simply cut: it sets the text at the
/// largest size (from `size` down to `minSize`) at which everything fits, wrapping words onto
/// more lines; the CPF/CNPJ follows the name on its last line when there is room. If nothing
/// fits even at `minSize`, the CPF/CNPJ keeps a line of its own, the name and the address at
/// least one each, and the rest goes to the address, then the name, cut lines ending in "…".
struct PartyBox {
    let party: BoletoParty
    let includeAddress: Bool

    /// One word and its width in 1/1000 em (Helvetica), measured once for every size tried.
    private struct Word {
        let text: String
        let units: Double
    }

    private static let spaceUnits = 278.0  // Helvetica space

    /// The lines to draw and the size to draw them at.
    func layout(width: Double, height: Double, size: Double, minSize: Double) -> (size: Double, lines: [String]) {
        let name = Self.words(party.name)
        let document = party.document.isEmpty ? nil : Self.words("CPF/CNPJ: " + party.document)
        let address = includeAddress ? Self.words(party.addressLine) : []
        var candidate = size
        while true {
            let limit = width * 1000 / candidate
            let capacity = Self.lineCapacity(height: height, size: candidate)
            var head = Self.wrap(name, limit: limit)
            var documentLines: [String] = []
            if let document {
                // The document joins the name's last line when it fits there, as one unbroken
                // piece; otherwise it takes a line of its own.
                let joined = Self.units(head.last ?? "") + Self.separatorUnits + Self.units(document)
                if !head.isEmpty && joined <= limit {
                    head[head.count - 1] += " - " + Self.text(document)
                } else {
                    documentLines = [Self.text(document)]
                }
            }
            var tail = Self.wrap(address, limit: limit)
            if head.count + documentLines.count + tail.count <= capacity {
                return (candidate, head + documentLines + tail)
            }
            if candidate - 0.5 < minSize {
                // Nothing fits. Keep the document on its own line, one line of name and one of
                // address; give what is left to the address, then to the name.
                head = Self.wrap(name, limit: limit)
                documentLines = document.map { [Self.text($0)] } ?? []
                let fixed = documentLines.count + min(head.count, 1)
                let tailRoom = max(0, min(tail.count, capacity - fixed))
                let headRoom = max(1, capacity - documentLines.count - tailRoom)
                if head.count > headRoom { head = Array(head.prefix(headRoom)); head[head.count - 1] += "…" }
                if tail.count > tailRoom {
                    tail = Array(tail.prefix(tailRoom))
                    if !tail.isEmpty { tail[tail.count - 1] += "…" }
                }
                return (candidate, head + documentLines + tail)
            }
            candidate -= 0.5
        }
    }

    private static let separatorUnits = 278.0 + 333 + 278  // " - "

    private static func units(_ words: [Word]) -> Double {
        words.reduce(0) { $0 + $1.units } + Double(max(0, words.count - 1)) * spaceUnits
    }

    private static func units(_ line: String) -> Double { PDFFont.helvetica.width(of: line, size: 1000) }

    private static func text(_ words: [Word]) -> String { words.map(\.text).joined(separator: " ") }

    /// Distance between baselines, mm: 1.15 × the size.
    static func lineGap(_ size: Double) -> Double { PDFUnit.millimetres(fromPoints: size * 1.15) }

    /// Lines that fit under the box's label in a box `height` mm high.
    static func lineCapacity(height: Double, size: Double) -> Int {
        max(1, Int(((height - FormStyle.labelBaseline - 0.9) / lineGap(size)).rounded(.down)))
    }

    private static func words(_ text: String) -> [Word] {
        text.split(separator: " ").map {
            let word = String($0)
            return Word(text: word, units: PDFFont.helvetica.width(of: word, size: 1000))
        }
    }

    /// Greedy word wrap; a word longer than a line gets a line of its own (cut when drawn).
    private static func wrap(_ words: [Word], limit: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0.0
        for word in words {
            if line.isEmpty {
                line = word.text
                used = word.units
            } else if used + spaceUnits + word.units <= limit {
                line += " " + word.text
                used += spaceUnits + word.units
            } else {
                lines.append(line)
                line = word.text
                used = word.units
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension PDFPage {
    /// Draws a party box: the label, then the lines `PartyBox` chose.
    mutating func partyField(
        _ label: String, _ party: BoletoParty, x: Double, y: Double, width: Double, height: Double,
        size: Double = FormStyle.valueSize, minSize: Double = 5.5, includeAddress: Bool = true
    ) {
        boxLabel(label, x: x, y: y, width: width)
        let inner = width - 2 * FormStyle.padding
        let box = PartyBox(party: party, includeAddress: includeAddress)
        let layout = box.layout(width: mm(inner), height: height, size: size, minSize: minSize)
        let gap = PartyBox.lineGap(layout.size)
        for (index, line) in layout.lines.enumerated() {
            textMM(
                line, x: x + FormStyle.padding, y: y + FormStyle.labelBaseline + gap * Double(index + 1),
                size: layout.size, maxWidth: inner)
        }
    }
}
