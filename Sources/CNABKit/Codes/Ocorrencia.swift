/// What a retorno says happened to a título, in the few classes a billing system acts on.
public enum RetornoKind: String, Sendable, Hashable, CaseIterable {
    /// The título was paid: settle the charge.
    case liquidacao
    /// The bank registered the título.
    case entradaConfirmada
    /// The bank refused to register the título (see the motivos).
    case entradaRejeitada
    /// The título was written off (baixa) without payment.
    case baixa
    /// A fee was debited (tarifa, custas).
    case tarifa
    /// Anything else: instructions confirmed or refused, protest steps, alterations.
    case outra
}

/// The code tables a file's ocorrências and motivos are read against: they differ per layout and bank.
public enum OcorrenciaTable: String, Sendable, Hashable {
    /// FEBRABAN CNAB 240 C044 (retorno) with C047 motivos (rails.md §2.9).
    case febraban240
    /// Itaú CNAB 400 retorno, Nota 17 (rails.md §2.10).
    case itau400
    /// Bradesco CNAB 400 retorno (rails.md §2.11).
    case bradesco400
    /// Santander CNAB 400 retorno [LIB laravel-boleto].
    case santander400
    /// Sicredi CNAB 400 retorno [LIB laravel-boleto].
    case sicredi400
    /// A CNAB 400 bank whose table this library does not have: codes are kept with "ocorrência XX",
    /// and only the codes every CNAB 400 bank read so far shares (02, 03, 06, 09) are classified.
    case unknown400
}

/// An ocorrência (movimento de retorno): the code as in the file and, from the bank's table, its
/// meaning in Portuguese and its class. Unknown codes are kept and described as "ocorrência XX".
public struct Ocorrencia: Sendable, Hashable, CustomStringConvertible {
    /// The two characters as in the file: "06".
    public let code: String
    /// The table the code was read against.
    public let table: OcorrenciaTable

    /// An ocorrência read against `table`.
    public init(code: String, table: OcorrenciaTable) {
        self.code = code
        self.table = table
    }

    /// The meaning from the bank's table, or nil when the table does not have the code.
    public var knownDescription: String? { OcorrenciaTables.description(of: code, in: table) }

    /// The meaning in Portuguese: "Liquidação", or "ocorrência 99" for a code the table lacks.
    public var description: String { knownDescription ?? "ocorrência \(code)" }

    /// What the billing system should do with it.
    public var kind: RetornoKind { OcorrenciaTables.kind(of: code, in: table) }
}

/// A motivo (reason) attached to an ocorrência: the code as in the file and its meaning.
public struct Motivo: Sendable, Hashable, CustomStringConvertible {
    /// The code as in the file: "03", "A4".
    public let code: String
    /// The meaning from the table, or nil when unknown.
    public let knownDescription: String?

    /// A motivo with its meaning, when known.
    public init(code: String, knownDescription: String?) {
        self.code = code
        self.knownDescription = knownDescription
    }

    /// The meaning in Portuguese, or "motivo XX".
    public var description: String { knownDescription ?? "motivo \(code)" }
}
