import BrazilKit
import CNABKit
import Testing

/// The declarative layout engine on its own: one description writes and reads a record.
@Suite struct LayoutEngineTests {
    static let vencimento = FieldSpec.date("data de vencimento", 78, 85, .ddmmaaaa)
    static let layout = RecordLayout(
        name: "registro de teste", length: 120, key: [RecordKey(1, "T")],
        fields: [
            .numeric("quantidade", 2, 7),
            .money("valor", 8, 22),
            .text("nome", 23, 52),
            .date("vencimento curto", 53, 58, .ddmmaa),
            .date("data AAAAMMDD", 59, 66, .aaaammdd),
            .constant("literal", 67, "COBRANCA"),
            .filler(75, 77),
            vencimento,
            .text("nosso número", 86, 95),
        ])

    @Test func writesNumbersRightAlignedWithZerosAndTextLeftAlignedWithBlanks() throws {
        var builder = RecordBuilder(Self.layout)
        try builder.set(.numeric("quantidade", 2, 7), number: 42)
        try builder.set(.money("valor", 8, 22), money: Money(centavos: 145_000))
        try builder.set(.text("nome", 23, 52), text: "José da Conceição")
        let record = String(decoding: builder.record, as: UTF8.self)
        #expect(record.count == 120)
        #expect(record.hasPrefix("T000042000000000145000JOSE DA CONCEICAO             "))
        // A fresh record already holds its constant, zeros in numeric and date fields, blanks elsewhere.
        #expect(record.dropFirst(52).prefix(22) == "000000" + "00000000" + "COBRANCA")
        #expect(record.dropFirst(74).prefix(3) == "   ")
    }

    @Test func writesEveryDateFormatAndZerosForNoDate() throws {
        let date = try #require(CivilDate(year: 2026, month: 3, day: 5))
        var builder = RecordBuilder(Self.layout)
        try builder.set(.date("vencimento curto", 53, 58, .ddmmaa), date: date)
        try builder.set(.date("data AAAAMMDD", 59, 66, .aaaammdd), date: date)
        try builder.set(Self.vencimento, date: nil)
        let record = String(decoding: builder.record, as: UTF8.self)
        #expect(record.dropFirst(52).prefix(14) == "050326" + "20260305")
        #expect(record.dropFirst(77).prefix(8) == "00000000")
    }

    @Test func readsBackWhatItWroteAsTypedValues() throws {
        let date = try #require(CivilDate(year: 2013, month: 5, day: 21))
        var builder = RecordBuilder(Self.layout, uppercase: false)
        try builder.set(.numeric("quantidade", 2, 7), number: 7)
        try builder.set(.money("valor", 8, 22), money: Money(centavos: 3790))
        try builder.set(.text("nome", 23, 52), text: "Ação Ltda")
        try builder.set(Self.vencimento, date: date)
        try builder.set(.text("nosso número", 86, 95), text: "00000011")
        let record = CNABRecord(lineNumber: 4, layout: Self.layout, bytes: builder.record)
        let values = try record.values()
        #expect(values.count == Self.layout.fields.count)
        #expect(try record.value(.numeric("quantidade", 2, 7)) == .number(7, decimals: 0))
        #expect(try record.money(.money("valor", 8, 22)) == Money(centavos: 3790))
        #expect(record.text(.text("nome", 23, 52)) == "Acao Ltda")
        #expect(try record.date(Self.vencimento) == date)
        #expect(try record.date(.date("vencimento curto", 53, 58, .ddmmaa)) == nil)
        #expect(record.text(.text("nosso número", 86, 95)) == "00000011")
    }

    @Test func foldsAccentsToASCIIAndKeepsCaseWhenAsked() {
        #expect(CNABText.ascii("Conceição, nº 5 – Éden", uppercase: true) == Array("CONCEICAO, NO 5   EDEN".utf8))
        #expect(CNABText.ascii("São Paulo", uppercase: false) == Array("Sao Paulo".utf8))
        #expect(CNABText.ascii("tab\there", uppercase: true) == Array("TAB HERE".utf8))
        #expect(CNABText.ascii("Ação", uppercase: true).allSatisfy { $0 < 0x80 })
    }

    @Test func refusesValuesThatDoNotFitInsteadOfCuttingThem() {
        var builder = RecordBuilder(Self.layout)
        let tooLong = refusal { () throws(CNABError) in
            try builder.set(.text("nosso número", 86, 95), text: "12345678901")
        }
        #expect(tooLong?.reason == .valueTooLong("12345678901", maxLength: 10))
        #expect(tooLong?.columns == 86...95)
        #expect(tooLong?.field == "nosso número")
        let tooBig = refusal { () throws(CNABError) in try builder.set(.numeric("quantidade", 2, 7), number: 1_000_000)
        }
        #expect(tooBig?.reason == .valueTooLong("1000000", maxLength: 6))
        let negative = refusal { () throws(CNABError) in
            try builder.set(.money("valor", 8, 22), money: Money(centavos: -1))
        }
        #expect(negative != nil)
        let letters = refusal { () throws(CNABError) in try builder.set(.numeric("quantidade", 2, 7), digits: "12A") }
        #expect(letters?.reason == .notANumber("12A"))
        // Names may be cut when the caller says so.
        #expect(
            refusal { () throws(CNABError) in
                try builder.set(.text("nome", 23, 52), text: String(repeating: "N", count: 40), truncating: true)
            } == nil)
    }

    @Test func readErrorsNameLineColumnsFieldAndReason() throws {
        var line = Array(repeating: UInt8(ascii: " "), count: 120)
        line[0] = UInt8(ascii: "T")
        line.replaceSubrange(77..<85, with: Array("00132026".utf8))
        line.replaceSubrange(7..<22, with: Array("0000000001A0000".utf8))
        line.replaceSubrange(52..<58, with: Array("001326".utf8))
        let record = CNABRecord(lineNumber: 17, layout: Self.layout, bytes: line)

        let date = refusal { () throws(CNABError) in try record.date(Self.vencimento) }
        #expect(date?.message(.en) == "line 17, columns 78–85 (data de vencimento): '00/13/2026' is not a date")
        #expect(date?.message(.ptBR) == "linha 17, colunas 78–85 (data de vencimento): '00/13/2026' não é uma data")
        let short = refusal { () throws(CNABError) in try record.date(.date("data de vencimento", 53, 58, .ddmmaa)) }
        #expect(short?.message(.en) == "line 17, columns 53–58 (data de vencimento): '00/13/26' is not a date")
        let amount = refusal { () throws(CNABError) in try record.money(.money("valor", 8, 22)) }
        #expect(amount?.message(.en) == "line 17, columns 8–22 (valor): '0000000001A0000' is not a number")
    }

    @Test func blankAndRightAlignedNumbersAreReadButBlanksAfterDigitsAreNot() throws {
        var line = Array(repeating: UInt8(ascii: " "), count: 120)
        line[0] = UInt8(ascii: "T")
        line.replaceSubrange(1..<7, with: Array("   123".utf8))
        let record = CNABRecord(lineNumber: 1, layout: Self.layout, bytes: line)
        #expect(try record.number(.numeric("quantidade", 2, 7)) == 123)
        #expect(try record.money(.money("valor", 8, 22)) == .zero)  // all blank: not informed
        line.replaceSubrange(1..<7, with: Array("123   ".utf8))
        let leftAligned = CNABRecord(lineNumber: 1, layout: Self.layout, bytes: line)
        #expect(refusal { () throws(CNABError) in try leftAligned.number(.numeric("quantidade", 2, 7)) } != nil)
    }

    @Test func recognisesRecordsByTheirKeyPositions() {
        func line(_ text: String) -> [UInt8] { Array(text.utf8) }
        #expect(Cnab240.format.recognize(line("0010001300001T 06"))?.name == "segmento T")
        #expect(Cnab240.format.recognize(line("0010001300002U 06"))?.name == "segmento U")
        #expect(Cnab240.format.recognize(line("00100000         2"))?.name == "header de arquivo")
        #expect(Cnab240.format.recognize(line("00199999         "))?.name == "trailer de arquivo")
        #expect(Cnab240.format.recognize(line("0010001300001X 06")) == nil)
        #expect(Cnab150.format.recognize(line("F1234"))?.name == "registro F (retorno do débito)")
        #expect(Cnab400.format.recognize(line("02RETORNO"))?.name == "header de arquivo")
    }

    @Test(arguments: Cnab240.format.records + Cnab150.format.records + Cnab400.format.records)
    func everyLayoutIsConsistent(layout: RecordLayout) {
        #expect(layout.consistencyProblems() == [])
    }
}
