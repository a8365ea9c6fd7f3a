import BrazilKit
import Testing

@Suite struct SearchTextTests {
    @Test(arguments: [
        ("José da Conceição", "jose da conceicao"),
        ("ÁGUA-MARINHA Ltda.", "agua marinha ltda"),
        ("Müller", "muller"),
        ("  Muitos   espaços\t\ne quebras ", "muitos espacos e quebras"),
        ("D'Ávila & Filhos S/A", "d avila filhos s a"),
        ("Ñandú", "nandu"),
        ("Straße", "strasse"),
        ("Œuvre Ægide", "oeuvre aegide"),
        ("Łódź", "lodz"),
        ("São João 2ª via, nº 10", "sao joao 2a via no 10"),
        ("ÂÊÔ ÃÕ À Ç Ü", "aeo ao a c u"),
        ("Jose\u{0301} Conceic\u{0327}a\u{0303}o", "jose conceicao"),  // decomposed input
        ("Café ☕ Bar", "cafe bar"),
        ("CPF: 529.982.247-25", "cpf 529 982 247 25"),
        ("ΑΒΓ Ωmega", "αβγ ωmega"),
        ("", ""),
        ("!!! ... ---", ""),
    ])
    func foldsForSearch(text: String, folded: String) {
        #expect(SearchText.fold(text) == folded)
    }

    @Test func everyLatinLetterFoldsToPlainLowercaseASCII() {
        for value in UInt32(0xC0)...0x17F where value != 0xD7 && value != 0xF7 {
            let scalar = Unicode.Scalar(value)!
            let folded = SearchText.fold(String(Character(scalar)))
            #expect(!folded.isEmpty, "U+\(String(value, radix: 16))")
            #expect(
                folded.unicodeScalars.allSatisfy { ("a"..."z").contains($0) },
                "U+\(String(value, radix: 16)) → \(folded)")
        }
        #expect(SearchText.fold("a×b÷c") == "a b c")
    }

    @Test func foldingIsIdempotent() {
        for text in ["José da Conceição", "ÁGUA-MARINHA Ltda.", "Ωmega", "  x  "] {
            #expect(SearchText.fold(SearchText.fold(text)) == SearchText.fold(text))
        }
    }

    @Test func wordsAreDistinctAndInOrder() {
        #expect(SearchText.words("José da Silva da COSTA") == ["jose", "da", "silva", "costa"])
        #expect(SearchText.words("Água-Marinha, água marinha!") == ["agua", "marinha"])
        #expect(SearchText.words("  ") == [])
    }

    @Test func digitsKeepOnlyASCIIDigits() {
        #expect(SearchText.digits("(11) 98765-4321") == "11987654321")
        #expect(SearchText.digits("R$ 1.234,56") == "123456")
        #expect(SearchText.digits("12.ABC.345/01DE-35") == "123450135")
        #expect(SearchText.digits("١٢٣ ５") == "")
        #expect(SearchText.digits("") == "")
    }
}
