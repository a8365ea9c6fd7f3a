/// A colour for strokes, fills and text. Components are 0...1.
public enum PDFColor: Hashable, Sendable {
    case gray(Double)
    case rgb(Double, Double, Double)

    public static let black = PDFColor.gray(0)
    public static let white = PDFColor.gray(1)
}

/// How lines are stroked: solid, or dashes of `on` points separated by `off` points.
public enum PDFDash: Hashable, Sendable {
    case solid
    case dashed(on: Double, off: Double)
}

/// Where a text's `x` sits: at its left end, its centre or its right end.
public enum PDFTextAlignment: Hashable, Sendable {
    case left
    case center
    case right
}

/// How a paragraph breaks its lines.
public enum PDFTextWrapping: Hashable, Sendable {
    /// At spaces, as prose.
    case words
    /// Anywhere, keeping every character: for codes.
    case characters
}
