/// What happened to one HTTP attempt, for the delivery log and the retry decision.
public struct WebhookSendOutcome: Hashable, Sendable {
    /// The response status, nil when no response arrived.
    public let statusCode: Int?
    /// The first bytes of the response body (2 KiB by default), as text.
    public let responseBody: String?
    /// Why no acceptable response arrived: timeout, connection refused, refused target, …
    public let error: String?
    /// Wall time of the attempt, from before the request to the end of reading the body.
    public let durationMilliseconds: Int

    public init(statusCode: Int?, responseBody: String?, error: String?, durationMilliseconds: Int) {
        self.statusCode = statusCode
        self.responseBody = responseBody
        self.error = error
        self.durationMilliseconds = durationMilliseconds
    }

    /// The endpoint took the message: any 2xx.
    public var isSuccess: Bool { statusCode.map { (200..<300).contains($0) } ?? false }

    /// 410 Gone: the receiver says this endpoint will never take messages again.
    public var isGone: Bool { statusCode == 410 }
}
