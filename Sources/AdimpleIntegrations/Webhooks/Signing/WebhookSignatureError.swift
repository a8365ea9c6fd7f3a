import BrazilKit

/// Why a webhook signature could not be made or a received message was not accepted.
public enum WebhookSignatureError: Error, Hashable, Sendable, LocalizedMessage, CustomStringConvertible {
    /// The secret is not `whsec_` followed by base64 of at least one byte.
    case invalidSecret
    /// The `webhook-timestamp` header is not a whole number of seconds.
    case invalidTimestamp(String)
    /// Signed longer ago than the tolerance: possibly a replayed capture.
    case timestampTooOld(Int64)
    /// Signed later than the tolerance allows: the clocks disagree or the message is forged.
    case timestampInFuture(Int64)
    /// No `v1` signature in the header matches the body.
    case noMatchingSignature

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.invalidSecret, .ptBR): "Segredo de webhook inválido: deve ser whsec_ seguido de base64"
        case (.invalidSecret, .en): "Invalid webhook secret: must be whsec_ followed by base64"
        case (.invalidTimestamp(let value), .ptBR): "webhook-timestamp inválido \"\(value)\": deve ser segundos Unix"
        case (.invalidTimestamp(let value), .en): "Invalid webhook-timestamp \"\(value)\": must be Unix seconds"
        case (.timestampTooOld(let value), .ptBR): "webhook-timestamp \(value) é antigo demais"
        case (.timestampTooOld(let value), .en): "webhook-timestamp \(value) is too old"
        case (.timestampInFuture(let value), .ptBR): "webhook-timestamp \(value) está no futuro"
        case (.timestampInFuture(let value), .en): "webhook-timestamp \(value) is in the future"
        case (.noMatchingSignature, .ptBR): "Nenhuma assinatura webhook-signature confere com a mensagem"
        case (.noMatchingSignature, .en): "No webhook-signature matches the message"
        }
    }

    public var description: String { message(.ptBR) }
}
