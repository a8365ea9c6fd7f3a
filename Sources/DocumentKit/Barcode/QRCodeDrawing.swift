extension QRCode {
    /// Side of the drawn symbol in modules, the quiet zone included.
    public func sideModules(quietZone: Int = 4) -> Int { size + 2 * quietZone }

    /// Draws the symbol as vector squares: `(x, y)` is the top-left corner of the quiet zone,
    /// each module `moduleSize` points. The quiet zone is left blank (a reader needs 4 modules
    /// of it); the caller keeps other drawing out of it.
    ///
    /// Horizontal runs of dark modules become one rectangle each, all filled in one operation,
    /// so the stream stays small and neighbouring modules show no seams.
    public func draw(on page: inout PDFPage, x: Double, y: Double, moduleSize: Double, quietZone: Int = 4) {
        page.beginCells(x: x, y: y, cellWidth: moduleSize, cellHeight: moduleSize)
        modules.withUnsafeBufferPointer { dark in
            for row in 0..<size {
                let rowStart = row * size
                var column = 0
                while column < size {
                    guard dark[rowStart + column] else {
                        column += 1
                        continue
                    }
                    let runStart = column
                    while column < size && dark[rowStart + column] { column += 1 }
                    page.cell(x: runStart + quietZone, y: row + quietZone, width: column - runStart, height: 1)
                }
            }
        }
        page.endCells()
    }
}
