/// A check digit of a boleto code: the mod-10 DVs of linha fields 1–3 and the general mod-11 DV.
public enum CheckField: String, Sendable, Codable, CaseIterable {
    /// Linha digitável field 1 (digits 1–10), DV at digit 10.
    case field1
    /// Linha digitável field 2 (digits 11–21), DV at digit 21.
    case field2
    /// Linha digitável field 3 (digits 22–32), DV at digit 32.
    case field3
    /// The general DV: barcode position 5, linha digitável field 4 (digit 33).
    case general

    /// How a person finds it on the boleto, in Portuguese.
    public var portugueseName: String {
        switch self {
        case .field1: "campo 1 (dígitos 1 a 10)"
        case .field2: "campo 2 (dígitos 11 a 21)"
        case .field3: "campo 3 (dígitos 22 a 32)"
        case .general: "dígito verificador geral (campo 4, dígito 33 da linha; posição 5 do código de barras)"
        }
    }

    /// How a person finds it on the boleto, in English.
    public var englishName: String {
        switch self {
        case .field1: "field 1 (digits 1 to 10)"
        case .field2: "field 2 (digits 11 to 21)"
        case .field3: "field 3 (digits 22 to 32)"
        case .general: "general check digit (field 4, digit 33 of the linha; position 5 of the barcode)"
        }
    }
}
