extension Array {
    /// The array in consecutive slices of at most `size` elements: batches for transactions
    /// and multi-row statements.
    public func chunked(_ size: Int) -> [ArraySlice<Element>] {
        precondition(size > 0, "chunk size must be positive")
        return stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
