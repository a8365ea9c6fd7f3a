import AdimpleCore
import BrazilKit
import Testing

@Suite struct ActorTests {
    @Test(arguments: Actor.Kind.allCases)
    func theStoredFormReadsBack(kind: Actor.Kind) throws {
        let actor = Actor(kind: kind, id: "ana@exemplo.com")
        #expect(actor.description == "\(kind.rawValue):ana@exemplo.com")
        #expect(Actor(stored: actor.description) == actor)
    }

    @Test func onlyTheFirstColonSeparatesKindAndId() {
        #expect(Actor(stored: "api_key:key:with:colons") == Actor(kind: .apiKey, id: "key:with:colons"))
    }

    @Test(arguments: ["", "user", "robot:ana", "USER:ana", "apiKey:abc", ":ana"])
    func anUnknownOrMissingKindIsNotAnActor(text: String) {
        #expect(Actor(stored: text) == nil)
    }

    @Test func theSystemAndCommandLineActorsHaveStableStoredForms() {
        #expect(Actor.system.description == "system:adimple")
        #expect(Actor.cli("ops").description == "cli:ops")
    }
}
