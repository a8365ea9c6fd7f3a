import DocumentKit
import Testing

@Suite struct QRCodeTests {
    @Test func modulesAreReadRowMajor() {
        var modules = [Bool](repeating: false, count: 21 * 21)
        modules[2 * 21 + 5] = true
        let code = QRCode(size: 21, version: 1, level: .medium, modules: modules)
        #expect(code.isDark(x: 5, y: 2))
        #expect(!code.isDark(x: 2, y: 5))
    }
}
