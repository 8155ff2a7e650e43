namespace SellerPolicy.Ledger;

/// <summary>The classes of problem a ledger can have.</summary>
public enum LedgerProblemKind
{
    /// <summary>The line is not a readable record (bad JSON, missing <c>kind</c>, unknown kind).</summary>
    Syntax,

    /// <summary>A field is missing, has the wrong type, or breaks a rule of its record.</summary>
    InvalidValue,

    /// <summary>A record refers to an order the ledger does not have.</summary>
    UnknownOrder,

    /// <summary>Two records share an id that must be unique (order, claim, chargeback, return).</summary>
    DuplicateId,

    /// <summary>An order has more than one feedback.</summary>
    DuplicateFeedback,

    /// <summary>A return names a SKU the order does not have.</summary>
    UnknownSku,

    /// <summary>Returns of a SKU add up to more units than were ordered.</summary>
    QuantityExceeded,

    /// <summary>An event happened before the order was placed.</summary>
    EventBeforePurchase,

    /// <summary>An amount is in another currency than its order.</summary>
    CurrencyMismatch,

    /// <summary>
    /// A record refers to an order that is in the input but was refused (its own problem, at its own line, is the cause);
    /// the record is left out with it.
    /// </summary>
    RefusedOrder,
}
