import Foundation
import AdimpleApp
import AdimpleCore
import BrazilKit

/// The summary printed after loading the demo company.
enum DemoReport {
    /// - Parameter address: where the server answers (`host:port`), for the examples.
    static func text(_ summary: DemoCompany.Summary, _ language: Language, address: String = "localhost:8080") -> String {
        let pt = language == .ptBR
        var lines = [
            pt
                ? "Empresa de demonstração carregada em \(String(format: "%.1f", summary.seconds)) s: \(summary.customers) clientes, \(summary.charges) cobranças, \(summary.payments) pagamentos."
                : "Demo company loaded in \(String(format: "%.1f", summary.seconds)) s: \(summary.customers) customers, \(summary.charges) charges, \(summary.payments) payments."
        ]
        for status in ChargeStatus.allCases {
            let count = summary.chargesByStatus[status.rawValue] ?? 0
            lines.append("  \(pt ? status.labelPT : status.rawValue): \(count)")
        }
        if let charge = summary.overdueBoletoChargeID {
            lines.append(
                pt
                    ? "Boletos: \(summary.boletos) emitidos (Itaú, boleto híbrido com Pix). Experimente: adimple boleto \(charge) -o boleto.pdf · adimple boleto segunda-via \(charge) -o 2via.pdf"
                    : "Boletos: \(summary.boletos) issued (Itaú, hybrid with Pix). Try: adimple boleto \(charge) -o boleto.pdf · adimple boleto segunda-via \(charge) -o 2via.pdf")
        }
        lines.append(
            pt
                ? "Experimente: adimple customer find silva · adimple charge list --status overdue · curl \(address)/health"
                : "Try: adimple customer find silva · adimple charge list --status overdue · curl \(address)/health")
        if let key = summary.apiKey {
            lines.append(
                pt
                    ? "API (chave do ERP de demonstração, mostrada só agora): curl -H 'Authorization: Bearer \(key)' '\(address)/v1/charges?status=overdue' · documentação em /docs"
                    : "API (the demo ERP's key, shown only now): curl -H 'Authorization: Bearer \(key)' '\(address)/v1/charges?status=overdue' · documentation at /docs")
        }
        return lines.joined(separator: "\n")
    }
}
