import BrazilKit
import CNABKit
import Foundation
import Testing

/// The values SOURCES.md lists — what brcobranca's own specs assert — read from the table itself,
/// so the test and the document cannot drift apart.
@Suite struct SourcesExpectationsTests {
    /// One row of SOURCES.md's "Values the original projects assert".
    struct Row: Sendable, CustomStringConvertible {
        let path: String
        let titulos: Int
        let nossoNumero: String
        let valor: Money
        let valorRecebido: Money
        let tarifa: Money
        let ocorrencia: String?
        let motivo: String?
        let credito: CivilDate?
        var description: String { path }
    }

    static let rows: [Row] = {
        guard
            let text = try? String(contentsOf: Fixtures.directory.appendingPathComponent("SOURCES.md"), encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line -> Row? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, cells[0].hasPrefix("brcobranca/"), let count = Int(cells[1]) else { return nil }
            let path = String(cells[0].split(separator: " ")[0])
            let values = cells[2].components(separatedBy: " · ")
            guard values.count == 6 else { return nil }
            var ocorrencia: String?
            var motivo: String?
            if values[4] != "—" {
                let parts = values[4].split(separator: " ")
                ocorrencia = String(parts[0])
                if let index = values[4].range(of: "motivo ") {
                    motivo = String(values[4][index.upperBound...].dropLast())
                }
            }
            return Row(
                path: path, titulos: count, nossoNumero: values[0], valor: try! Money(parsing: values[1]),
                valorRecebido: try! Money(parsing: values[2]), tarifa: try! Money(parsing: values[3]),
                ocorrencia: ocorrencia, motivo: motivo,
                credito: values[5] == "—" ? nil : try! CivilDate(brazilian: values[5]))
        }
    }()

    /// brcobranca reads Banco do Brasil's nosso número from positions 47–57 only, which cuts the
    /// 17-digit number of a 7-digit convênio (rails.md §1.7: convênio 1449957 + sequencial 0000020673)
    /// to its last 8 digits. This reader keeps the whole field, which ends with brcobranca's value.
    static let wholeNossoNumero = ["brcobranca/CNAB240.RET": "14499570000020673"]

    /// BRB's file is refused under the strict policy (its trailer is numbered 30 but is the third
    /// record: lines were cut out); its títulos are checked as the lenient policy reads them.
    static let lenient: Set<String> = ["brcobranca/CNAB400BANCOBRASILIA.RET"]

    @Test func sourcesListsTenFiles() {
        #expect(Self.rows.count == 10)
    }

    @Test(arguments: rows)
    func firstTituloHasTheValuesTheOriginalProjectAsserts(row: Row) throws {
        let bytes = try Fixtures.bytes(row.path)
        let file = try RetornoFile.parse(bytes, policy: Self.lenient.contains(row.path) ? .lenient : .strict)
        #expect(file.titulos.count == row.titulos)
        let first = try #require(file.titulos.first)
        if let whole = Self.wholeNossoNumero[row.path] {
            #expect(first.nossoNumero.raw == whole)
            #expect(first.nossoNumero.raw.hasSuffix(row.nossoNumero))
        } else {
            #expect(first.nossoNumero.raw == row.nossoNumero)
        }
        #expect(first.valorTitulo == row.valor)
        #expect(first.valorPago == row.valorRecebido)
        #expect(first.tarifa == row.tarifa)
        if let ocorrencia = row.ocorrencia { #expect(first.ocorrencia.code == ocorrencia) }
        if let motivo = row.motivo { #expect(first.motivoCodes == [motivo]) }
        #expect(first.dataCredito == row.credito)
    }

    @Test func headersCarryCompanyAccountNSAAndFileDate() throws {
        let bb = try RetornoFile.parse(try Fixtures.bytes("brcobranca/CNAB240.RET")).header
        #expect(bb.bank == .bancoDoBrasil)
        #expect(bb.bankName == "BANCO DO BRASIL")
        #expect(bb.companyDocument == "35643899000145")  // header 19–32
        #expect(bb.convenio == "0019999570014")  // header 33–52, trimmed
        #expect(bb.agencia == "01234")
        #expect(bb.nsa == 2108)  // header 158–163 "002108"
        #expect(bb.fileDate == CivilDate(year: 2011, month: 12, day: 29))

        let itau = try RetornoFile.parse(try Fixtures.bytes("brcobranca/CNAB400ITAU.RET")).header
        #expect(itau.companyName == "PLUTO ALTO ELENTAS LTDA ME")
        #expect(itau.nsa == 25)  // header 109–113 "00025"
        #expect(itau.fileDate == CivilDate(year: 2013, month: 5, day: 20))
        #expect(itau.creditDate == CivilDate(year: 2013, month: 5, day: 21))
    }
}
