extension Substring {
    /// The text without leading and trailing whitespace, without reaching for Foundation.
    func trimmedWhitespace() -> Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return self[start...end]
    }
}

extension String {
    /// The text without leading and trailing whitespace, without reaching for Foundation.
    func trimmedWhitespace() -> Substring {
        self[...].trimmedWhitespace()
    }
}
