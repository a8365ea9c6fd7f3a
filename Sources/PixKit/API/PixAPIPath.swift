/// Paths of the API Pix endpoints Adimple calls, relative to the PSP's base URL, with their path
/// parameters checked first: a txid that breaks the rule would otherwise reach the PSP and come back
/// as a 400 with less to say (rails.md §3.3, §3.5).
public enum PixAPIPath {
    /// `/cob/{txid}`: PUT to create with our txid, GET to read, PATCH to revise.
    public static func cob(txid: String) throws(PixError) -> String {
        try Txid.validate(txid, for: .cob)
        return "/cob/\(txid)"
    }

    /// `/cobv/{txid}`: PUT to create (there is no POST), GET, PATCH.
    public static func cobv(txid: String) throws(PixError) -> String {
        try Txid.validate(txid, for: .cobv)
        return "/cobv/\(txid)"
    }

    /// `/pix/{e2eid}`: one received Pix.
    public static func pix(endToEndId: String) throws(PixError) -> String {
        try PixIdentifiers.validateEndToEndId(endToEndId)
        return "/pix/\(endToEndId)"
    }

    /// `/pix/{e2eid}/devolucao/{id}`: PUT to ask for a refund, GET to read it.
    public static func refund(endToEndId: String, id: String) throws(PixError) -> String {
        try PixIdentifiers.validateEndToEndId(endToEndId)
        try PixIdentifiers.validateRefundID(id)
        return "/pix/\(endToEndId)/devolucao/\(id)"
    }

    /// `/rec/{idRec}`: GET, PATCH.
    public static func rec(idRec: String) throws(PixError) -> String {
        try PixIdentifiers.validateIdRec(idRec)
        return "/rec/\(idRec)"
    }

    /// `/solicrec/{idSolicRec}`: GET, PATCH.
    public static func solicrec(idSolicRec: String) throws(PixError) -> String {
        try PixIdentifiers.validateIdSolicRec(idSolicRec)
        return "/solicrec/\(idSolicRec)"
    }

    /// `/cobr/{txid}`: PUT, GET, PATCH.
    public static func cobr(txid: String) throws(PixError) -> String {
        try Txid.validate(txid, for: .cobr)
        return "/cobr/\(txid)"
    }
}
