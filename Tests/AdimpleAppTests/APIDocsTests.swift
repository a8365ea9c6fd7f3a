import AdimpleAPI
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct APIDocsTests {
    /// The `summary:` of every operation in the contract.
    private static func summaries(_ yaml: String) -> [String] {
        yaml.components(separatedBy: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("summary: "), line.hasPrefix("      ") else { return nil }
            return String(trimmed.dropFirst("summary: ".count))
        }
    }

    @Test func theContractIsServedAsYAML() async throws {
        try await withAPI { t in
            let response = try await t.api.anonymous.get("/openapi.yaml")
            #expect(response.status == .ok)
            #expect(response.contentType?.hasPrefix("application/yaml") == true)
            #expect(response.text.hasPrefix("openapi: 3.1.0"))
            #expect(response.text == APIContract.yaml)
            #expect(response.text.contains("operationId: createCustomer"))
        }
    }

    @Test func theDocsPageNamesEveryOperationAndLoadsNothingFromOutside() async throws {
        try await withAPI { t in
            let response = try await t.api.anonymous.get("/docs")
            #expect(response.status == .ok)
            #expect(response.contentType?.hasPrefix("text/html") == true)
            let html = response.text
            #expect(html.hasPrefix("<!doctype html>"))

            let summaries = Self.summaries(APIContract.yaml)
            #expect(summaries.count >= 28, "\(summaries.count) summaries found")
            for summary in summaries {
                // The page escapes HTML; the summaries use none of its special characters but `'`.
                #expect(html.contains(summary), "missing: \(summary)")
            }
            for operationID in ["listCustomers", "createCharge", "replayWebhookDelivery", "importCustomers", "exportCharges"] {
                #expect(html.contains("id=\"op-\(operationID.lowercased())\""), "\(operationID)")
            }

            // No outside assets: every src/href is same-site (a path or a fragment).
            let pattern = try NSRegularExpression(pattern: #"(?:src|href)\s*=\s*["']?([^"'\s>]+)"#, options: [.caseInsensitive])
            let range = NSRange(html.startIndex..., in: html)
            let targets = pattern.matches(in: html, range: range).compactMap { match in
                Range(match.range(at: 1), in: html).map { String(html[$0]) }
            }
            #expect(!targets.isEmpty)
            for target in targets {
                #expect(target.hasPrefix("#") || (target.hasPrefix("/") && !target.hasPrefix("//")), "outside asset: \(target)")
            }
            #expect(!html.lowercased().contains("<script src"))
            #expect(!html.lowercased().contains("@import"))
            #expect(!html.contains("url("))
            // A link to the contract itself.
            #expect(targets.contains("/openapi.yaml"))
        }
    }
}
