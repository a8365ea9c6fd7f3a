/// Name data for synthetic Brazilian customers: people and companies.
///
/// Everything here is plain data. The lists are append-only in spirit: reordering
/// or editing an entry changes the customers a given seed produces, so do it only
/// deliberately (tests pin determinism within one version of these lists, not
/// across edits to them).
enum BrazilianNames {
    // MARK: - People

    /// Common single first names for men, spelled as registered (with accents).
    static let maleFirstNames: [String] = [
        "José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas",
        "Luiz", "Marcos", "Luís", "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno",
        "Eduardo", "Felipe", "Raimundo", "Rodrigo", "Manoel", "Mateus", "André", "Fernando",
        "Fábio", "Leonardo", "Gustavo", "Guilherme", "Leandro", "Thiago", "Anderson", "Ricardo",
        "Jorge", "Alexandre", "Sebastião", "Roberto", "Sérgio", "Cláudio", "Vitor", "Diego",
        "Márcio", "Júlio", "Geraldo", "Adriano", "Luciano", "Renato", "Miguel", "Arthur",
        "Heitor", "Davi", "Bernardo", "Samuel", "Enzo", "Henrique", "Caio", "Otávio",
        "Benedito", "Edson", "Wellington", "Wagner", "Reinaldo", "Rogério", "Igor", "Vinícius",
        "Murilo", "Emanuel", "Joaquim", "Lorenzo", "Nicolas", "Severino", "Osvaldo", "Ronaldo",
        "Hugo", "Ítalo", "Cícero", "Gilberto", "Moisés",
    ]

    /// Common single first names for women, spelled as registered (with accents).
    static let femaleFirstNames: [String] = [
        "Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda",
        "Patrícia", "Aline", "Sandra", "Camila", "Amanda", "Bruna", "Jéssica", "Letícia",
        "Júlia", "Luciana", "Vanessa", "Mariana", "Gabriela", "Vera", "Vitória", "Larissa",
        "Cláudia", "Beatriz", "Luana", "Rita", "Sônia", "Renata", "Eliane", "Josefa",
        "Simone", "Natália", "Cristina", "Carla", "Raimunda", "Conceição", "Luíza", "Helena",
        "Alice", "Laura", "Manuela", "Valentina", "Sophia", "Isabela", "Heloísa", "Lívia",
        "Cecília", "Lorena", "Yasmin", "Rafaela", "Débora", "Tatiane", "Daniela", "Priscila",
        "Kátia", "Rosângela", "Rosa", "Lúcia", "Terezinha", "Aparecida", "Raquel", "Sueli",
        "Regina", "Joana", "Bianca", "Carolina", "Isadora", "Clara", "Giovana", "Marta",
        "Mônica", "Fabiana", "Andréia", "Benedita", "Luzia",
    ]

    /// Compound first names ("nomes compostos"), very common in Brazil. Only the
    /// first word is used to build e-mail addresses.
    static let maleCompoundNames: [String] = [
        "João Pedro", "João Vitor", "João Gabriel", "João Miguel", "João Paulo", "João Batista",
        "José Carlos", "José Roberto", "José Antônio", "José Luiz", "José Maria", "Luiz Carlos",
        "Luiz Fernando", "Luiz Henrique", "Luiz Gustavo", "Carlos Eduardo", "Carlos Alberto",
        "Pedro Henrique", "Paulo Roberto", "Paulo César", "Antônio Carlos", "Marcos Antônio",
        "Francisco de Assis", "Enzo Gabriel", "Arthur Miguel", "Marco Aurélio", "Luiz Otávio",
        "Davi Lucca",
    ]

    static let femaleCompoundNames: [String] = [
        "Maria Eduarda", "Maria Clara", "Maria Luíza", "Maria Fernanda", "Maria Aparecida",
        "Maria José", "Maria das Graças", "Maria de Lourdes", "Maria de Fátima", "Maria do Carmo",
        "Maria da Conceição", "Maria das Dores", "Maria da Penha", "Maria Helena", "Maria Cecília",
        "Maria Vitória", "Maria Júlia", "Maria Alice", "Ana Clara", "Ana Beatriz", "Ana Luíza",
        "Ana Paula", "Ana Carolina", "Ana Júlia", "Ana Cristina", "Ana Lúcia", "Ana Laura",
        "Maria Cristina",
    ]

    /// A surname with the particle it is customarily written with, and how often
    /// (in percent) that particle actually appears in a registered name.
    struct Surname: Sendable {
        let name: String
        let connector: String?
        let connectorPercent: Int

        init(_ name: String, _ connector: String? = nil, _ connectorPercent: Int = 0) {
            self.name = name
            self.connector = connector
            self.connectorPercent = connectorPercent
        }
    }

    /// Frequent Brazilian surnames. The particles follow real usage: "da Silva",
    /// "dos Santos", "de Oliveira", "da Conceição", "de Jesus", "das Neves",
    /// "dos Anjos", "do Nascimento"… Names like Jesus or Anjos almost always
    /// carry their particle; Silva or Oliveira only sometimes.
    static let surnames: [Surname] = [
        Surname("Silva", "da", 40), Surname("Santos", "dos", 45), Surname("Oliveira", "de", 30),
        Surname("Souza", "de", 30), Surname("Rodrigues"), Surname("Ferreira"), Surname("Alves"),
        Surname("Pereira"), Surname("Lima", "de", 15), Surname("Gomes"), Surname("Costa", "da", 30),
        Surname("Ribeiro"), Surname("Martins"), Surname("Carvalho", "de", 20),
        Surname("Almeida", "de", 30), Surname("Lopes"), Surname("Soares"), Surname("Fernandes"),
        Surname("Vieira"), Surname("Barbosa"), Surname("Rocha", "da", 25), Surname("Dias"),
        Surname("Nascimento", "do", 70), Surname("Andrade", "de", 25), Surname("Moreira"),
        Surname("Nunes"), Surname("Marques"), Surname("Machado"), Surname("Mendes"),
        Surname("Freitas", "de", 30), Surname("Cardoso"), Surname("Ramos"), Surname("Gonçalves"),
        Surname("Santana"), Surname("Teixeira"), Surname("Araújo", "de", 20),
        Surname("Conceição", "da", 90), Surname("Jesus", "de", 95), Surname("Cavalcanti"),
        Surname("Pinto"), Surname("Correia"), Surname("Monteiro"), Surname("Moura", "de", 15),
        Surname("Cunha", "da", 30), Surname("Castro", "de", 20), Surname("Campos"),
        Surname("Cruz", "da", 50), Surname("Reis", "dos", 60), Surname("Neves", "das", 60),
        Surname("Anjos", "dos", 95), Surname("Paula", "de", 95), Surname("Fonseca", "da", 30),
        Surname("Mota", "da", 20), Surname("Batista"), Surname("Azevedo"), Surname("Borges"),
        Surname("Miranda"), Surname("Pires"), Surname("Farias"), Surname("Sales"),
        Surname("Tavares"), Surname("Xavier"), Surname("Prado", "do", 40),
        Surname("Amaral", "do", 40), Surname("Vale", "do", 70), Surname("Carmo", "do", 95),
        Surname("Brito"), Surname("Duarte"), Surname("Barros"), Surname("Medeiros"),
        Surname("Sousa", "de", 30), Surname("Guimarães"), Surname("Macedo"), Surname("Bezerra"),
        Surname("Brandão"), Surname("Siqueira"), Surname("Coelho"), Surname("Aguiar"),
        Surname("Rezende"), Surname("Leite"), Surname("Melo", "de", 10), Surname("Queiroz"),
        Surname("Pacheco"), Surname("Figueiredo"), Surname("Magalhães"), Surname("Assis", "de", 80),
        Surname("Paz", "da", 90), Surname("Luz", "da", 90), Surname("Peixoto"), Surname("Viana"),
        Surname("Matos"), Surname("Lacerda"), Surname("Bastos"), Surname("Vasconcelos"),
        Surname("Porto"), Surname("Sampaio"), Surname("Cordeiro"), Surname("Falcão"),
        Surname("Nogueira"), Surname("Moraes"), Surname("Chaves"), Surname("Bueno"),
        Surname("Vaz"), Surname("Torres"), Surname("Holanda"), Surname("Franco"),
        Surname("Rangel"), Surname("Pimentel"), Surname("Dantas"), Surname("Cabral"),
        Surname("Leal"), Surname("Toledo"), Surname("Bittencourt"), Surname("Sena"),
        Surname("Chagas", "das", 85), Surname("Tanaka"), Surname("Nakamura"), Surname("Rossi"),
        Surname("Romano"), Surname("Becker"), Surname("Schmitt"), Surname("Haddad"),
    ]

    // MARK: - Companies

    /// What a company does: the wording used in its legal name (razão social),
    /// the word that opens its trade name (nome fantasia), its segment, and
    /// which legal forms are plausible for it.
    struct Activity: Sendable {
        let legal: String
        let tradePrefix: String
        let segment: String
        /// Small enough to be run by a microempreendedor individual (MEI).
        let meiAllowed: Bool
        /// Big enough to be a sociedade anônima (S.A.).
        let saAllowed: Bool
        /// Usually located in an industrial district.
        let industrial: Bool

        init(
            _ legal: String, _ tradePrefix: String, _ segment: String,
            mei: Bool = false, sa: Bool = false, industrial: Bool = false
        ) {
            self.legal = legal
            self.tradePrefix = tradePrefix
            self.segment = segment
            self.meiAllowed = mei
            self.saAllowed = sa
            self.industrial = industrial
        }
    }

    static let activities: [Activity] = [
        Activity("Comércio de Alimentos", "Mercado", "varejo", mei: true),
        Activity("Supermercados", "Supermercado", "varejo", sa: true),
        Activity("Papelaria", "Papelaria", "varejo", mei: true),
        Activity("Comércio de Materiais de Construção", "Materiais de Construção", "varejo"),
        Activity("Farmácia e Drogaria", "Drogaria", "saude"),
        Activity("Padaria e Confeitaria", "Padaria", "varejo", mei: true),
        Activity("Restaurante", "Restaurante", "varejo", mei: true),
        Activity("Comércio de Roupas", "Moda", "varejo", mei: true),
        Activity("Auto Peças", "Auto Peças", "varejo"),
        Activity("Pet Shop", "Pet Shop", "varejo", mei: true),
        Activity("Ótica", "Ótica", "varejo"),
        Activity("Distribuidora de Bebidas", "Distribuidora", "varejo", sa: true),
        Activity("Comércio de Eletrodomésticos", "Magazine", "varejo", sa: true),
        Activity("Serviços Médicos", "Clínica", "saude"),
        Activity("Clínica Odontológica", "Odonto", "saude"),
        Activity("Laboratório de Análises Clínicas", "Laboratório", "saude", sa: true),
        Activity("Fisioterapia", "Fisio", "saude", mei: true),
        Activity("Clínica Veterinária", "Clínica Veterinária", "saude"),
        Activity("Escola de Idiomas", "Idiomas", "educacao"),
        Activity("Educação Infantil", "Escola", "educacao"),
        Activity("Cursos Preparatórios", "Cursinho", "educacao"),
        Activity("Ensino Fundamental e Médio", "Colégio", "educacao", sa: true),
        Activity("Autoescola", "Autoescola", "educacao"),
        Activity("Transportes", "Transportes", "servicos", sa: true),
        Activity("Academia", "Academia", "servicos", mei: true),
        Activity("Serviços Contábeis", "Contabilidade", "servicos", mei: true),
        Activity("Informática", "Informática", "servicos", mei: true),
        Activity("Salão de Beleza", "Studio", "servicos", mei: true),
        Activity("Oficina Mecânica", "Auto Center", "servicos", mei: true),
        Activity("Lavanderia", "Lavanderia", "servicos", mei: true),
        Activity("Imobiliária", "Imóveis", "servicos"),
        Activity("Hotelaria", "Hotel", "servicos", sa: true),
        Activity("Serviços de Limpeza", "Limpeza", "servicos", mei: true),
        Activity("Engenharia e Construções", "Construtora", "industria", sa: true),
        Activity("Indústria de Móveis", "Móveis", "industria", industrial: true),
        Activity("Indústria e Comércio de Confecções", "Confecções", "industria", industrial: true),
        Activity("Metalúrgica", "Metalúrgica", "industria", sa: true, industrial: true),
        Activity("Indústria de Alimentos", "Alimentos", "industria", sa: true, industrial: true),
        Activity("Gráfica e Editora", "Gráfica", "industria", mei: true),
        Activity("Indústria de Plásticos", "Plásticos", "industria", sa: true, industrial: true),
    ]

    /// Words Brazilian business owners like for a trade name: "Papelaria Estrela",
    /// "Mercado Bom Preço", "Auto Center Cruzeiro"…
    static let brandWords: [String] = [
        "Estrela", "Central", "Bom Preço", "Sol Nascente", "Primavera", "São Jorge",
        "Santa Luzia", "Ipê", "Aurora", "Progresso", "Esperança", "Real", "Nova Era",
        "Paraíso", "Boa Vista", "Horizonte", "Vitória", "Brasil", "Atlântico", "Ideal",
        "Alvorada", "Bela Vista", "Girassol", "Primor", "Cristal", "Dois Irmãos",
        "Três Irmãos", "Bem-Estar", "Imperial", "Continental", "Universal", "Nacional",
        "Modelo", "Planalto", "Litoral", "Cruzeiro", "Mirante", "Capricho", "Santa Clara",
        "São Francisco", "Boa Esperança", "Novo Tempo", "Harmonia", "Essencial", "Prime",
        "Express", "Center", "Pantanal", "Cerrado", "Canaã", "Betel", "Monte Sião",
        "Shalom", "Maranata", "Pérola", "Diamante", "Ouro Verde", "Safira", "Águia",
        "Ponto Certo", "Nova Aliança", "Sertão", "Serra Azul", "Rio Doce", "Arco-Íris",
    ]

    /// Legal forms, with the suffix written after the razão social.
    enum LegalForm: Sendable {
        case ltda, me, mei, eireli, sa

        var suffix: String {
            switch self {
            case .ltda: "Ltda"
            case .me: "ME"
            case .mei: ""
            case .eireli: "EIRELI"
            case .sa: "S.A."
            }
        }
    }

    /// Local parts companies use for the address their bills go to, repeated by weight.
    static let companyMailboxes: [String] =
        Array(repeating: "financeiro", count: 40) + Array(repeating: "contato", count: 22)
        + Array(repeating: "cobranca", count: 8) + Array(repeating: "adm", count: 8)
        + Array(repeating: "administrativo", count: 6) + Array(repeating: "comercial", count: 6)
        + Array(repeating: "contasapagar", count: 5) + Array(repeating: "fiscal", count: 5)

    /// Free webmail domains for people, repeated by rough market share.
    static let personalDomains: [String] =
        Array(repeating: "gmail.com", count: 52) + Array(repeating: "hotmail.com", count: 20)
        + Array(repeating: "outlook.com", count: 8) + Array(repeating: "yahoo.com.br", count: 7)
        + Array(repeating: "uol.com.br", count: 5) + Array(repeating: "bol.com.br", count: 5)
        + Array(repeating: "terra.com.br", count: 3)
}
