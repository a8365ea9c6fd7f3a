import PixKit
import Testing

@Suite struct CRC16Tests {
    @Test func checkValueOfCCITTFalseIs29B1() {
        // The catalogue check value of CRC-16/CCITT-FALSE (rails.md §3.1).
        #expect(CRC16.ccittFalse(Array("123456789".utf8)) == 0x29B1)
    }

    @Test func emptyInputKeepsTheInitialValue() {
        #expect(CRC16.ccittFalse([UInt8]()) == 0xFFFF)
    }

    @Test(arguments: BRCodeVectors.all)
    func everyReferencePayloadEndsWithItsCRC(payload: String) {
        // The CRC covers everything up to and including "6304".
        let body = String(payload.dropLast(4))
        #expect(body.hasSuffix("6304"))
        #expect(CRC16.brCodeChecksum(of: body) == String(payload.suffix(4)))
    }

    @Test func checksumIsZeroPaddedToFourDigits() {
        let body = String(BRCodeVectors.dynamicNormalizedName.dropLast(4))
        #expect(CRC16.brCodeChecksum(of: body) == "0433")
    }
}
