/// The CNAB 400 positions every bank shares (rails.md §2.10–2.11).
public enum Cnab400 {
    /// 1: record type.
    public static let tipoRegistro = FieldSpec.text("tipo de registro", 1, 1)
    /// Header 2: `1` remessa, `2` retorno.
    public static let codigoArquivo = FieldSpec.numeric("identificação do arquivo", 2, 2)
    /// Header 3–9: `REMESSA` or `RETORNO`.
    public static let literalArquivo = FieldSpec.text("literal remessa/retorno", 3, 9)
    /// Header 47–76.
    public static let nomeEmpresa = FieldSpec.text("nome da empresa", 47, 76)
    /// Header 77–79.
    public static let banco = FieldSpec.numeric("código do banco", 77, 79)
    /// Header 80–94.
    public static let nomeBanco = FieldSpec.text("nome do banco", 80, 94)
    /// 395–400 of every record: its position in the file, from 1.
    public static let sequencial = FieldSpec.numeric("nº sequencial do registro", 395, 400)

    /// Any bank's CNAB 400 at record level, for the generic ``CNABRecordReader``: header 0,
    /// details and complementary records 1–8, trailer 9. Bank layouts give the fields meaning.
    public static let format = RecordFormat(
        layout: .cnab400,
        records: [
            RecordLayout(
                name: "header de arquivo", length: 400, key: [RecordKey(1, "0")],
                fields: [tipoRegistro, codigoArquivo, literalArquivo, nomeEmpresa, banco, nomeBanco, sequencial])
        ]
            + (1...8).map { type in
                RecordLayout(
                    name: "registro tipo \(type)", length: 400, key: [RecordKey(1, String(type))],
                    fields: [tipoRegistro, sequencial])
            }
            + [
                RecordLayout(
                    name: "trailer de arquivo", length: 400, key: [RecordKey(1, "9")],
                    fields: [tipoRegistro, sequencial])
            ])
}
