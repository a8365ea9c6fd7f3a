import AdimpleCore
import AdimpleDocuments
import BoletoKit
import BrazilKit
import DocumentKit
import Foundation
import PixKit

/// The boleto rails on one core: barcode + linha digitável, the QR code of a typical BR Code
/// (level M), the boleto híbrido PDF and a 12-installment carnê. Inputs vary per iteration
/// (amount, nosso número) so nothing is computed once and reused.
struct BoletoScenario {
    var barcodes = 2_000_000
    var qrCodes = 20_000
    var pdfs = 4_000
    var carnes = 200

    func run() throws -> [ScenarioResult] {
        let account = BeneficiaryAccount.itau(agencia: "0057", conta: "12345", carteira: "109")
        let due = CivilDate(year: 2026, month: 12, day: 10)!

        // Barcode + linha digitável: the fixed-size values (Strings are made when read).
        var checksum = 0
        let campoLivres = try (1...1_000).map { try account.campoLivre(for: try account.nossoNumero(sequence: Int64($0))) }
        let (_, barcodeSeconds) = try measureSync {
            for index in 0..<barcodes {
                let barcode = try Barcode(
                    bank: .itau, dueDate: due, amount: Money(centavos: Int64(10_000 + index % 90_000)),
                    campoLivre: campoLivres[index % campoLivres.count])
                checksum &+= barcode.linhaDigitavel.checkSum
            }
        }

        // QR of a static BR Code of about 150 bytes.
        let payloads = try (0..<100).map { index in
            try BRCode.staticCharge(
                key: try PixKey(parsing: "11222333000181"), amount: Money(centavos: Int64(59_000 + index)),
                merchantName: "Casa Aurora", merchantCity: "Sao Paulo", txid: "BOL34100000\(1000 + index)",
                description: "Mensalidade dezembro"
            ).encode()
        }
        let (_, qrSeconds) = try measureSync {
            for index in 0..<qrCodes {
                checksum &+= try QREncoder.encode(payloads[index % payloads.count], level: .medium).size
            }
        }

        // Boleto híbrido PDFs: sheet building (formatting, QR encoding) and rendering.
        let parts = try (0..<50).map { try Self.parts(index: $0, account: account, payload: payloads[$0 % payloads.count]) }
        let (bytes, pdfSeconds) = measureSync {
            var total = 0
            for index in 0..<pdfs {
                let sheet = BoletoSheetBuilder.sheet(parts[index % parts.count])
                total += BoletoDocument.render(sheet, info: PDFInfo(title: "Boleto")).count
            }
            return total
        }

        // A 12-installment carnê.
        let (_, carneSeconds) = measureSync {
            for round in 0..<carnes {
                let sheets = (0..<12).map { BoletoSheetBuilder.sheet(parts[(round + $0) % parts.count]) }
                checksum &+= CarneDocument.render(sheets, info: PDFInfo(title: "Carnê")).count
            }
        }
        precondition(checksum != 0)
        return [
            ScenarioResult(
                "boleto-barcode",
                ["count": .int(barcodes), "per_second": .double(Double(barcodes) / barcodeSeconds)]),
            ScenarioResult(
                "qr-encode",
                [
                    "count": .int(qrCodes), "payload_bytes": .int(payloads[0].utf8.count),
                    "per_second": .double(Double(qrCodes) / qrSeconds),
                ]),
            ScenarioResult(
                "boleto-pdf",
                [
                    "count": .int(pdfs), "per_second": .double(Double(pdfs) / pdfSeconds),
                    "bytes_each": .int(bytes / pdfs),
                ]),
            ScenarioResult(
                "carne-12",
                ["count": .int(carnes), "milliseconds_each": .double(carneSeconds * 1000 / Double(carnes))]),
        ]
    }

    /// A stored-boleto-like input for the sheet builder, as the API reads it.
    static func parts(index: Int, account: BeneficiaryAccount, payload: String) throws -> BoletoSheetBuilder.Parts {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let nossoNumero = try account.nossoNumero(sequence: Int64(index + 1))
        let due = CivilDate(year: 2026, month: 12, day: 10)!
        let amount = Money(centavos: Int64(59_000 + index))
        let barcode = try Barcode(bank: .itau, dueDate: due, amount: amount, campoLivre: try account.campoLivre(for: nossoNumero))
        let address = Address(
            street: "Rua das Flores", number: "\(index + 1)", district: "Centro", city: "Campinas", state: "SP",
            cep: try CEP("13010-000"))
        let customer = Customer(
            id: Customer.ID("cus_\(index)"), kind: .person, document: try TaxID("529.982.247-25"),
            name: "Maria da Conceição Souza \(index)", address: address, createdAt: now, createdBy: .system)
        let charge = Charge(
            id: Charge.ID("chg_\(index)"), customerID: customer.id, description: "Mensalidade dezembro/2026",
            amount: amount, dueDate: due, method: .boleto, status: .open,
            installment: Installment(number: index % 12 + 1, count: 12), createdAt: now, createdBy: .system)
        let boleto = Boleto(
            id: Boleto.ID("bol_\(index)"), chargeID: charge.id, bankAccountID: BankAccount.ID("bac_1"), bank: .itau,
            carteira: "109", nossoNumero: nossoNumero, barcode: barcode.digits, linha: barcode.linhaDigitavel.digits,
            amount: amount, dueDate: due, kind: .original, principal: amount, pixPayload: payload, issuedAt: now,
            createdBy: .system)
        return BoletoSheetBuilder.Parts(
            boleto: boleto, charge: charge, customer: customer, company: DemoProfile.company,
            account: BankAccount(id: BankAccount.ID("bac_1"), label: "Itaú", agreement: account, createdAt: now))
    }
}

enum DemoProfile {
    static let company = CompanyProfile(
        legalName: "Casa Aurora Comércio e Serviços Ltda", document: try! TaxID("11.222.333/0001-81"),
        address: Address(
            street: "Avenida Paulista", number: "1578", district: "Bela Vista", city: "São Paulo", state: "SP",
            cep: try! CEP("01310-200")))
}

extension LinhaDigitavel {
    /// A cheap value derived from the digits, so the optimizer keeps the work.
    var checkSum: Int { hashValue }
}

func measureSync<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let result = try body()
    return (result, seconds(ContinuousClock.now - start))
}
