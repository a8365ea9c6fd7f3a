/// One entry of an `atualizacao` list: a status and when it was reached (RFC 3339).
public struct StatusChange<Status: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The status reached.
    public var status: Status
    /// When, RFC 3339.
    public var data: String

    /// An entry.
    public init(status: Status, data: String) {
        self.status = status
        self.data = data
    }

    private enum CodingKeys: String, CodingKey {
        case status, data
        /// The spec's own rec examples (recResponse1–8) write the status under "nome"; the schema says "status".
        case nome
    }

    /// Reads `status`, or `nome` as the spec's rec examples write it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.status) {
            status = try container.decode(Status.self, forKey: .status)
        } else {
            status = try container.decode(Status.self, forKey: .nome)
        }
        data = try container.decode(String.self, forKey: .data)
    }

    /// Writes `status` and `data`, as the schema has them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(data, forKey: .data)
    }
}

/// The body of a PATCH that only changes the status: `{"status":"REMOVIDA_PELO_USUARIO_RECEBEDOR"}` for cob
/// and cobv, `{"status":"CANCELADA"}` for rec, solicrec and cobr (rails.md §3.3, §3.5).
public struct StatusRevision<Status: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The status asked for.
    public var status: Status

    /// A revision to `status`.
    public init(status: Status) {
        self.status = status
    }
}

/// Why a recurrence or recurring charge ended (`encerramento`): rejected or cancelled.
public struct Encerramento: Codable, Hashable, Sendable {
    /// Set when it was rejected.
    public var rejeicao: Rejeicao?
    /// Set when it was cancelled.
    public var cancelamento: Cancelamento?

    /// An ending.
    public init(rejeicao: Rejeicao? = nil, cancelamento: Cancelamento? = nil) {
        self.rejeicao = rejeicao
        self.cancelamento = cancelamento
    }
}

/// A rejection: an ISO-style code of the BCB message catalogue (AP13, AM09, …) and its description (≤400).
public struct Rejeicao: Codable, Hashable, Sendable {
    /// The catalogue code, kept as a string so codes added after API Pix 2.9.0 still read.
    public var codigo: String
    /// Description.
    public var descricao: String

    /// A rejection.
    public init(codigo: String, descricao: String) {
        self.codigo = codigo
        self.descricao = descricao
    }
}

/// A cancellation: who asked, the catalogue code (SLCR, ACCL, …) and a description (≤400).
public struct Cancelamento: Codable, Hashable, Sendable {
    /// Who asked for it.
    public var solicitante: Solicitante
    /// The catalogue code.
    public var codigo: String
    /// Description.
    public var descricao: String

    /// Who can cancel a recurrence or a recurring charge.
    public enum Solicitante: String, Codable, Hashable, Sendable, CaseIterable {
        /// The payer's PSP.
        case payerPSP = "PSP_PAGADOR"
        /// The payer.
        case payer = "USUARIO_PAGADOR"
        /// The receiver's PSP.
        case receiverPSP = "PSP_RECEBEDOR"
        /// The receiver (us).
        case receiver = "USUARIO_RECEBEDOR"
    }

    /// A cancellation.
    public init(solicitante: Solicitante, codigo: String, descricao: String) {
        self.solicitante = solicitante
        self.codigo = codigo
        self.descricao = descricao
    }
}
