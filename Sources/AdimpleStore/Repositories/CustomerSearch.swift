import Foundation
import AdimpleCore
import BrazilKit

/// What gets indexed for a customer and how a typed query becomes index ranges.
///
/// Terms are the folded words of the name and trade name (accents and case removed), the
/// e-mails, and the phone numbers with and without DDD. The document and external id have
/// their own unique indexes.
enum CustomerSearch {
    static func terms(for customer: Customer) -> [String] {
        var seen = Set<String>()
        var terms: [String] = []
        func add(_ term: String) {
            if !term.isEmpty, seen.insert(term).inserted { terms.append(term) }
        }
        for word in SearchText.words(customer.name) { add(word) }
        if let tradeName = customer.tradeName { for word in SearchText.words(tradeName) { add(word) } }
        for email in customer.emails { add(email.lowercased()) }
        for phone in customer.phones {
            add(phone.digits)
            add(phone.number)
        }
        return terms
    }

    /// Whether every word prefix-matches one of the customer's terms, from the stored columns
    /// (phones as stored digits). E-mails and phones are read only when the names do not match.
    static func matches(
        name: String, tradeName: String?, emails: () -> [String], phones: () -> [String], allOf words: [String]
    ) -> Bool {
        var terms = SearchText.words(name)
        if let tradeName { terms += SearchText.words(tradeName) }
        var remaining = words.filter { word in !terms.contains { $0.hasPrefix(word) } }
        if remaining.isEmpty { return true }
        var contacts = emails().map { $0.lowercased() }
        for digits in phones() {
            contacts.append(digits)
            contacts.append(String(digits.dropFirst(2)))  // the number without DDD
        }
        remaining.removeAll { word in contacts.contains { $0.hasPrefix(word) } }
        return remaining.isEmpty
    }

    /// How a query will be answered.
    enum Plan: Equatable {
        /// Every word must prefix-match a term; `driving` is the one scanned by range.
        case words(driving: String, others: [String])
        /// Digits: a document prefix, or a phone term prefix.
        case digits(String)
        /// An e-mail (or its beginning).
        case email(String)
        case nothing
    }

    static func plan(_ query: String) -> Plan {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .nothing }
        if trimmed.contains("@") { return .email(trimmed.lowercased()) }
        let stripped = trimmed.filter { !" .-/()+".contains($0) }
        if !stripped.isEmpty, stripped.allSatisfy(\.isASCII), stripped.allSatisfy({ $0.isNumber }) {
            return .digits(stripped)
        }
        let words = SearchText.words(trimmed)
        if words.isEmpty { return .nothing }
        // The longest word is usually the rarest, so scanning its range finds matches fastest.
        let driving = words.max { $0.count < $1.count }!
        return .words(driving: driving, others: words.filter { $0 != driving })
    }

    /// The smallest string greater than every string starting with `prefix`, for a range scan.
    static func upperBound(_ prefix: String) -> String {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            if let next = Unicode.Scalar(last.value + 1) {
                scalars.append(next)
                return String(String.UnicodeScalarView(scalars))
            }
        }
        return "\u{10FFFF}"
    }
}
