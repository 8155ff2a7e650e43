namespace SellerPolicy.Ledger;

/// <summary>The kind of chargeback a buyer filed with the card issuer.</summary>
public enum ChargebackType
{
    /// <summary>A service chargeback (item not received, return not refunded...): counts toward ODR.</summary>
    Service,

    /// <summary>A fraud chargeback (unauthorised card use): Amazon's matter, never counts.</summary>
    Fraud,
}
