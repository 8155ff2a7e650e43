namespace SellerPolicy.Ledger;

/// <summary>How a chargeback was decided.</summary>
public enum ChargebackOutcome
{
    /// <summary>Decided for the buyer.</summary>
    DecidedForBuyer,

    /// <summary>Decided for the seller: the chargeback stops counting from the decision.</summary>
    DecidedForSeller,
}
