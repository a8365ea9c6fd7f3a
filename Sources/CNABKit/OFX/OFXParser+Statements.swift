import BrazilKit

// Turning the raw values of a closed STMTTRN or STMTRS into the public types.

extension OFXParser {
    /// Builds the transaction at `</STMTTRN>`; a line that cannot be read is rejected with its line,
    /// or refuses the file in strict mode.
    mutating func finishTransaction() throws(OFXError) {
        guard let builder = transaction, statement != nil else { return }
        transaction = nil
        let line = lines.line(at: builder.offset)
        do {
            let transaction = try readTransaction(builder, line: line)
            let isBalance =
                options.separatesBalanceLines
                && OFXBalanceLines.isBalanceLine(memo: transaction.memo, name: transaction.name)
            if isBalance {
                statement?.balanceLines.append(transaction)
            } else {
                if transaction.fitID == nil { statement?.warnings.append(OFXWarning(.missingFITID, line: line)) }
                statement?.transactions.append(transaction)
            }
        } catch {
            if options.rejectsWholeFileOnBadTransaction { throw error }
            statement?.rejected.append(error)
        }
    }

    private mutating func readTransaction(_ builder: OFXTransactionBuilder, line: Int) throws(OFXError)
        -> OFXTransaction
    {
        func missing(_ element: OFXElement) -> OFXError {
            OFXError(
                .missingElement(element: element.tagName, aggregate: "STMTTRN"), line: line, byteOffset: builder.offset)
        }
        guard let postedValue = builder.posted, !bytes[postedValue.range].ofxTrimmed().isEmpty else {
            throw missing(.postedDate)
        }
        guard
            let posted = OFXDateTime.parse(
                bytes[postedValue.range].ofxTrimmed(), defaultUTCOffsetSeconds: options.defaultUTCOffsetSeconds)
        else {
            throw OFXError(
                .invalidDate(element: "DTPOSTED", value: shown(postedValue)),
                line: lines.line(at: postedValue.tagOffset),
                byteOffset: postedValue.tagOffset)
        }
        guard let amountValue = builder.amount, !bytes[amountValue.range].ofxTrimmed().isEmpty else {
            throw missing(.amount)
        }
        guard let amount = OFXAmount.parse(bytes[amountValue.range]) else {
            throw OFXError(
                .invalidAmount(element: "TRNAMT", value: shown(amountValue)),
                line: lines.line(at: amountValue.tagOffset),
                byteOffset: amountValue.tagOffset)
        }

        var warnings: [OFXWarning] = []
        let type: OFXTransactionType
        if let typeValue = builder.type, !bytes[typeValue.range].ofxTrimmed().isEmpty {
            type = OFXTransactionType(ofxBytes: bytes[typeValue.range])
        } else {
            type = .other
            warnings.append(OFXWarning(.missingTransactionType, line: line))
        }
        let userDate = optionalDate(builder.userDate, element: .userDate, warnings: &warnings)
        let availableDate = optionalDate(builder.availableDate, element: .availableDate, warnings: &warnings)
        statement?.warnings.append(contentsOf: warnings)

        return OFXTransaction(
            type: type, posted: posted, userDate: userDate, availableDate: availableDate, amount: amount,
            fitID: builder.fitID.flatMap { text($0) }, checkNumber: builder.checkNumber.flatMap { text($0) },
            referenceNumber: builder.referenceNumber.flatMap { text($0) },
            name: builder.name.flatMap { text($0) } ?? builder.payeeName.flatMap { text($0) },
            memo: builder.memo.flatMap { text($0) }, payeeID: builder.payeeID.flatMap { text($0) }, line: line,
            lineKey: OFXLineKey(rawValue: ""))
    }

    /// Builds the statement at `</STMTRS>`: the account is mandatory, everything else is optional.
    mutating func finishStatement() throws(OFXError) {
        guard var builder = statement else { return }
        statement = nil
        let accountAggregate = builder.kind == .bank ? "BANKACCTFROM" : "CCACCTFROM"
        guard let accountOffset = builder.accountOffset else {
            throw OFXError(
                .missingElement(element: accountAggregate, aggregate: builder.kind == .bank ? "STMTRS" : "CCSTMTRS"),
                line: builder.line, byteOffset: builder.offset)
        }
        guard let accountValue = builder.accountID, let accountID = text(accountValue) else {
            throw OFXError(
                .missingElement(element: "ACCTID", aggregate: accountAggregate), line: lines.line(at: accountOffset),
                byteOffset: accountOffset)
        }
        let account = OFXAccount(
            bankID: builder.bankID.flatMap { text($0) }, branchID: builder.branchID.flatMap { text($0) },
            accountID: accountID, accountType: builder.accountType.flatMap { text($0) }.map(OFXAccountType.init(ofx:)))

        var warnings = builder.warnings
        var currency = builder.currency.flatMap { text($0) }?.uppercased()
        if currency == nil {
            warnings.append(OFXWarning(.missingCurrency, line: builder.line))
        } else if currency == "BRC" {
            // Santander exported the pre-1994 cruzeiro code for reais; nothing else uses it today.
            warnings.append(OFXWarning(.currencyCorrected(from: "BRC", to: "BRL"), line: builder.line))
            currency = "BRL"
        }
        let start = optionalDate(builder.start, element: .startDate, warnings: &warnings)
        let end = optionalDate(builder.end, element: .endDate, warnings: &warnings)
        let ledger = balance(builder.ledgerAmount, builder.ledgerDate, warnings: &warnings)
        let available = balance(builder.availableAmount, builder.availableDate, warnings: &warnings)

        if options.infersSignFromTransactionType, let flipped = signDebitsFromType(&builder.transactions) {
            warnings.append(OFXWarning(.amountsSignedByTransactionType(count: flipped), line: builder.line))
        }
        let keyAccount =
            builder.kind == .bank ? account.normalizedIdentifier : "cc/" + OFXAccount.normalizedPart(accountID)
        for duplicate in OFXLineKey.assign(to: &builder.transactions, account: keyAccount) {
            warnings.append(
                OFXWarning(.duplicateFITID(duplicate.fitID, lines: duplicate.lines), line: duplicate.lines.first))
        }
        _ = OFXLineKey.assign(to: &builder.balanceLines, account: keyAccount)

        statements.append(
            OFXStatement(
                kind: builder.kind, account: account, currency: currency, start: start, end: end,
                ledgerBalance: ledger, availableBalance: available, transactions: builder.transactions,
                balanceLines: builder.balanceLines, rejectedTransactions: builder.rejected, warnings: warnings,
                line: builder.line))
    }

    /// A balance needs a readable amount; its date is optional.
    private mutating func balance(_ amount: LeafValue?, _ date: LeafValue?, warnings: inout [OFXWarning])
        -> OFXBalance?
    {
        guard let amount, !bytes[amount.range].ofxTrimmed().isEmpty else { return nil }
        guard let money = OFXAmount.parse(bytes[amount.range]) else {
            warnings.append(
                OFXWarning(
                    .unreadableValue(element: "BALAMT", value: shown(amount)), line: lines.line(at: amount.tagOffset)))
            return nil
        }
        return OFXBalance(amount: money, asOf: optionalDate(date, element: .balanceDate, warnings: &warnings))
    }

    /// When no amount is negative but debit-only types carry positive amounts, the bank signed by
    /// type; make those debits negative and say how many. Nil when nothing was changed.
    private func signDebitsFromType(_ transactions: inout [OFXTransaction]) -> Int? {
        guard !transactions.contains(where: { $0.amount.isNegative }) else { return nil }
        var flipped = 0
        for index in transactions.indices where transactions[index].type.isAlwaysDebit {
            let amount = transactions[index].amount
            guard amount.isPositive else { continue }
            transactions[index].amount = Money(centavos: -amount.centavos)
            transactions[index].signInferredFromType = true
            flipped += 1
        }
        return flipped > 0 ? flipped : nil
    }
}
