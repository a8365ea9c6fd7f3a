/// A PDF 1.4 file built in memory, page by page, into one preallocated byte buffer.
///
/// ```swift
/// var document = PDFDocument(info: PDFInfo(title: "Boleto"))
/// document.addPage { page in
///     page.text("Olá", x: 50, y: 50, font: .helvetica, size: 12)
/// }
/// let bytes = document.finish()
/// ```
///
/// Layout of the file: header; each page object followed by its content stream
/// (uncompressed); then the catalog, the page tree, the shared resources (the fonts, each
/// declared once for the whole document), the /Info dictionary, the cross-reference table and
/// the trailer. Object numbers are fixed up front (1 catalog, 2 pages, 3 resources, 4 info,
/// pages from 5) so objects can be written in the order they are finished.
public struct PDFDocument {
    public let info: PDFInfo

    private var out: PDFByteWriter
    /// Byte offset of each object, indexed by object number (index 0 is the free head).
    private var offsets: [Int] = [0, 0, 0, 0, 0]
    private var pageObjects: [Int] = []
    private var fontsUsed: UInt8 = 0
    private var scratch: [UInt8] = []
    private var finished = false

    private static let catalogObject = 1
    private static let pagesObject = 2
    private static let resourcesObject = 3
    private static let infoObject = 4

    /// - Parameter capacity: bytes to reserve; a boleto page is about 20–30 KB.
    public init(info: PDFInfo, capacity: Int = 64 * 1024) {
        self.info = info
        out = PDFByteWriter(capacity: capacity)
        scratch.reserveCapacity(256)
        // The comment of four bytes above 127 tells transfer tools the file is binary.
        out.append("%PDF-1.4\n%")
        out.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3])
        out.append("\n")
    }

    /// Number of pages added so far.
    public var pageCount: Int { pageObjects.count }

    /// Adds a page and lets `draw` fill it. The page writes directly into the document's
    /// buffer; its stream length is patched in afterwards.
    public mutating func addPage(size: PDFPageSize = .a4, _ draw: (inout PDFPage) throws -> Void) rethrows {
        precondition(!finished, "the document is finished")
        let pageObject = offsets.count
        let contentObject = pageObject + 1
        pageObjects.append(pageObject)

        offsets.append(out.count)
        out.appendInt(pageObject)
        out.append(" 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 ")
        out.appendNumber(size.width)
        out.append(" ")
        out.appendNumber(size.height)
        out.append("]/Resources 3 0 R/Contents ")
        out.appendInt(contentObject)
        out.append(" 0 R>>\nendobj\n")

        offsets.append(out.count)
        out.appendInt(contentObject)
        out.append(" 0 obj\n<</Length ")
        let lengthAt = out.count
        out.append("          >>\nstream\n")  // ten spaces: room for any length
        let streamStart = out.count

        // Hand the buffer to the page and take it back: no copy, one allocation.
        var page = PDFPage(size: size, out: out, scratch: scratch)
        out = PDFByteWriter(capacity: 0)
        scratch = []
        defer {
            out = page.out
            scratch = page.scratch
            fontsUsed |= page.fontsUsed
            out.overwrite(at: lengthAt, with: out.count - streamStart)
            out.append("\nendstream\nendobj\n")
        }
        try draw(&page)
    }

    /// Writes the shared objects, the cross-reference table and the trailer, and returns the
    /// file. The document cannot be used afterwards.
    public mutating func finish() -> [UInt8] {
        precondition(!finished, "the document is finished")
        finished = true

        begin(object: Self.catalogObject)
        out.append("<</Type/Catalog/Pages 2 0 R>>\nendobj\n")

        begin(object: Self.pagesObject)
        out.append("<</Type/Pages/Kids[")
        for (index, object) in pageObjects.enumerated() {
            if index > 0 { out.append(" ") }
            out.appendInt(object)
            out.append(" 0 R")
        }
        out.append("]/Count ")
        out.appendInt(pageObjects.count)
        out.append(">>\nendobj\n")

        // Only the fonts some page used are declared.
        let firstFontObject = offsets.count
        var fontObjects: [(slot: Int, object: Int)] = []
        for slot in 0..<5 where fontsUsed & (1 << UInt8(slot)) != 0 {
            fontObjects.append((slot, firstFontObject + fontObjects.count))
        }
        begin(object: Self.resourcesObject)
        out.append("<</ProcSet[/PDF/Text]/Font<<")
        for font in fontObjects {
            out.append("/F")
            out.appendInt(font.slot + 1)
            out.append(" ")
            out.appendInt(font.object)
            out.append(" 0 R")
        }
        out.append(">>>>\nendobj\n")

        begin(object: Self.infoObject)
        writeInfo()

        for font in fontObjects {
            offsets.append(0)
            begin(object: font.object)
            writeFont(slot: font.slot)
        }

        let xrefAt = out.count
        out.append("xref\n0 ")
        out.appendInt(offsets.count)
        out.append("\n0000000000 65535 f \n")
        for offset in offsets.dropFirst() {
            out.appendInt(offset, zeroPaddedTo: 10)
            out.append(" 00000 n \n")
        }
        out.append("trailer\n<</Size ")
        out.appendInt(offsets.count)
        out.append("/Root 1 0 R/Info 4 0 R>>\nstartxref\n")
        out.appendInt(xrefAt)
        out.append("\n%%EOF\n")

        var bytes: [UInt8] = []
        swap(&bytes, &out.bytes)
        return bytes
    }

    private mutating func begin(object: Int) {
        offsets[object] = out.count
        out.appendInt(object)
        out.append(" 0 obj\n")
    }

    private mutating func writeInfo() {
        out.append("<</Producer")
        out.appendTextString(info.producer)
        out.append("/Title")
        out.appendTextString(info.title)
        if let author = info.author {
            out.append("/Author")
            out.appendTextString(author)
        }
        if let subject = info.subject {
            out.append("/Subject")
            out.appendTextString(subject)
        }
        if let date = info.creationDate {
            out.append("/CreationDate")
            date.write(to: &out)
        }
        out.append(">>\nendobj\n")
    }

    private mutating func writeFont(slot: Int) {
        out.append("<</Type/Font/Subtype/Type1/BaseFont/")
        if let font = PDFFont(rawValue: slot) {
            out.append(font.baseFontName)
            out.append("/Encoding/WinAnsiEncoding>>\nendobj\n")
        } else {
            // ZapfDingbats keeps its built-in encoding: its glyphs are not text.
            out.append("ZapfDingbats>>\nendobj\n")
        }
    }
}
