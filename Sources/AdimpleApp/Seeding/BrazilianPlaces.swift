/// Place data for synthetic Brazilian addresses: cities with their state (UF),
/// area code (DDD) and a range of their postal codes (CEP), plus street and
/// neighbourhood names.
///
/// The CEP ranges are real ranges of the cities' own postal codes (for a few
/// cities a conservative sub-range of the full municipal range). Only the first
/// five digits are listed; the generated suffix is 000–899, since suffixes from
/// 900 up are reserved for special addresses (large users, post office boxes).
enum BrazilianPlaces {
    struct City: Sendable {
        let name: String
        /// Two-letter state code (UF).
        let state: String
        /// Two-digit long-distance area code (DDD).
        let ddd: Int
        /// First five CEP digits, inclusive on both ends: 01000...05999 means
        /// 01000-000 to 05999-999.
        let cepPrefixes: ClosedRange<Int>
        /// Rough population weight, so São Paulo shows up more than Palmas.
        let weight: Int

        init(_ name: String, _ state: String, ddd: Int, cep: ClosedRange<Int>, weight: Int) {
            self.name = name
            self.state = state
            self.ddd = ddd
            self.cepPrefixes = cep
            self.weight = weight
        }

        /// The lowest and highest full 8-digit CEP (as integers) of this city's range.
        var cepRange: ClosedRange<Int> {
            (cepPrefixes.lowerBound * 1000)...(cepPrefixes.upperBound * 1000 + 999)
        }
    }

    static let cities: [City] = [
        // Sudeste
        City("São Paulo", "SP", ddd: 11, cep: 1000...5999, weight: 114),
        City("Guarulhos", "SP", ddd: 11, cep: 7000...7399, weight: 13),
        City("Osasco", "SP", ddd: 11, cep: 6000...6299, weight: 7),
        City("Campinas", "SP", ddd: 19, cep: 13010...13099, weight: 11),
        City("Santos", "SP", ddd: 13, cep: 11010...11099, weight: 4),
        City("Ribeirão Preto", "SP", ddd: 16, cep: 14010...14099, weight: 7),
        City("Sorocaba", "SP", ddd: 15, cep: 18010...18099, weight: 7),
        City("São José dos Campos", "SP", ddd: 12, cep: 12209...12248, weight: 7),
        City("Rio de Janeiro", "RJ", ddd: 21, cep: 20000...23799, weight: 62),
        City("Niterói", "RJ", ddd: 21, cep: 24000...24399, weight: 5),
        City("Belo Horizonte", "MG", ddd: 31, cep: 30000...31999, weight: 23),
        City("Contagem", "MG", ddd: 31, cep: 32000...32399, weight: 6),
        City("Uberlândia", "MG", ddd: 34, cep: 38400...38415, weight: 7),
        City("Juiz de Fora", "MG", ddd: 32, cep: 36010...36099, weight: 5),
        City("Vitória", "ES", ddd: 27, cep: 29000...29099, weight: 3),
        City("Vila Velha", "ES", ddd: 27, cep: 29100...29129, weight: 5),
        // Sul
        City("Curitiba", "PR", ddd: 41, cep: 80000...82999, weight: 18),
        City("Londrina", "PR", ddd: 43, cep: 86010...86099, weight: 5),
        City("Maringá", "PR", ddd: 44, cep: 87010...87099, weight: 4),
        City("Florianópolis", "SC", ddd: 48, cep: 88010...88099, weight: 5),
        City("Joinville", "SC", ddd: 47, cep: 89201...89239, weight: 6),
        City("Blumenau", "SC", ddd: 47, cep: 89010...89099, weight: 4),
        City("Porto Alegre", "RS", ddd: 51, cep: 90000...91999, weight: 13),
        City("Caxias do Sul", "RS", ddd: 54, cep: 95010...95099, weight: 5),
        City("Pelotas", "RS", ddd: 53, cep: 96010...96099, weight: 3),
        // Nordeste
        City("Salvador", "BA", ddd: 71, cep: 40000...42499, weight: 24),
        City("Feira de Santana", "BA", ddd: 75, cep: 44001...44099, weight: 6),
        City("Recife", "PE", ddd: 81, cep: 50000...52999, weight: 15),
        City("Fortaleza", "CE", ddd: 85, cep: 60000...61599, weight: 24),
        City("Natal", "RN", ddd: 84, cep: 59010...59099, weight: 8),
        City("João Pessoa", "PB", ddd: 83, cep: 58010...58099, weight: 8),
        City("Maceió", "AL", ddd: 82, cep: 57010...57099, weight: 10),
        City("Aracaju", "SE", ddd: 79, cep: 49010...49099, weight: 6),
        City("Teresina", "PI", ddd: 86, cep: 64000...64099, weight: 9),
        City("São Luís", "MA", ddd: 98, cep: 65010...65099, weight: 10),
        // Norte
        City("Manaus", "AM", ddd: 92, cep: 69000...69099, weight: 20),
        City("Belém", "PA", ddd: 91, cep: 66000...66999, weight: 13),
        City("Macapá", "AP", ddd: 96, cep: 68900...68914, weight: 4),
        City("Boa Vista", "RR", ddd: 95, cep: 69301...69319, weight: 4),
        City("Porto Velho", "RO", ddd: 69, cep: 76801...76829, weight: 5),
        City("Rio Branco", "AC", ddd: 68, cep: 69900...69920, weight: 4),
        City("Palmas", "TO", ddd: 63, cep: 77001...77066, weight: 3),
        // Centro-Oeste
        City("Brasília", "DF", ddd: 61, cep: 70000...72799, weight: 28),
        City("Goiânia", "GO", ddd: 62, cep: 74000...74894, weight: 14),
        City("Anápolis", "GO", ddd: 62, cep: 75020...75099, weight: 4),
        City("Cuiabá", "MT", ddd: 65, cep: 78005...78099, weight: 6),
        City("Campo Grande", "MS", ddd: 67, cep: 79002...79124, weight: 9),
    ]

    /// The ninth digit of a CPF is the fiscal region (Receita Federal) where it
    /// was issued. Using the customer's state makes the numbers look native.
    static func cpfRegionDigit(state: String) -> Int {
        switch state {
        case "RS": 0
        case "DF", "GO", "MS", "MT", "TO": 1
        case "AC", "AM", "AP", "PA", "RO", "RR": 2
        case "CE", "MA", "PI": 3
        case "AL", "PB", "PE", "RN": 4
        case "BA", "SE": 5
        case "MG": 6
        case "ES", "RJ": 7
        case "SP": 8
        case "PR", "SC": 9
        default: 8
        }
    }

    // MARK: - Streets

    /// Street types ("tipos de logradouro") with a relative weight.
    static let streetTypes: [(type: String, weight: Int)] = [
        ("Rua", 66), ("Avenida", 20), ("Travessa", 6), ("Alameda", 5), ("Praça", 3),
    ]

    /// Street names that exist in countless Brazilian cities.
    static let streetNames: [String] = [
        "das Flores", "Sete de Setembro", "Tiradentes", "Dom Pedro II", "Getúlio Vargas",
        "XV de Novembro", "Marechal Deodoro", "Floriano Peixoto", "Barão do Rio Branco",
        "Santos Dumont", "Duque de Caxias", "Rui Barbosa", "Castro Alves", "Princesa Isabel",
        "José Bonifácio", "Presidente Vargas", "Brasil", "da Independência", "São João",
        "São José", "Santo Antônio", "São Paulo", "Bahia", "Amazonas", "Paraná",
        "Minas Gerais", "Pernambuco", "Santa Catarina", "Goiás", "Ceará", "dos Andradas",
        "Padre Anchieta", "Benjamin Constant", "Visconde de Mauá", "Oswaldo Cruz",
        "Carlos Gomes", "Machado de Assis", "Monteiro Lobato", "Olavo Bilac", "Joaquim Nabuco",
        "Treze de Maio", "Primeiro de Maio", "das Acácias", "dos Ipês", "das Palmeiras",
        "dos Girassóis", "das Orquídeas", "das Margaridas", "dos Pinheiros", "das Hortênsias",
        "Juscelino Kubitschek", "Presidente Kennedy", "Tancredo Neves", "Ulysses Guimarães",
        "Dom Bosco", "Padre Cícero", "Frei Caneca", "Voluntários da Pátria", "Bento Gonçalves",
        "Saldanha Marinho", "Irmã Dulce", "Chico Mendes", "Santa Rita", "Nossa Senhora Aparecida",
        "do Comércio", "da Liberdade", "da Paz", "das Nações", "Coronel Antônio Prado",
        "Marechal Rondon", "Anita Garibaldi", "Paulo Freire", "Cândido Portinari",
        "Vinte e Um de Abril", "Sete de Abril", "João Pessoa", "Epitácio Pessoa", "Rio Branco",
        "General Osório", "Almirante Barroso",
    ]

    // MARK: - Neighbourhoods

    /// Neighbourhood ("bairro") names common to many cities.
    static let districts: [String] = [
        "Centro", "Jardim América", "Vila Nova", "Boa Vista", "Bela Vista", "Santa Cruz",
        "São José", "Santo Antônio", "São Francisco", "Jardim Europa", "Jardim das Flores",
        "Jardim Primavera", "Jardim Botânico", "Vila Rica", "Cidade Nova", "Nova Esperança",
        "Liberdade", "Aeroporto", "Alvorada", "Planalto", "Santa Mônica", "Santa Rosa",
        "Cruzeiro", "Vila Maria", "Vila Operária", "Parque das Nações", "Jardim Brasil",
        "Alto da Boa Vista", "Ipiranga", "Fátima", "São Cristóvão", "Vila Esperança",
        "Jardim Tropical", "Parque Verde", "Jardim Atlântico", "Vila São Luiz", "Monte Castelo",
        "Jardim Paulista", "Bom Jesus", "Santa Terezinha", "Vila Militar", "Jardim Imperial",
        "Conjunto Habitacional", "Residencial Primavera", "Jardim Universitário",
    ]

    /// Where factories usually are.
    static let industrialDistricts: [String] = [
        "Distrito Industrial", "Parque Industrial", "Setor Industrial", "Polo Industrial",
    ]
}
