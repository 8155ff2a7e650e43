namespace SellerPolicy.Ledger;

/// <summary>Why a buyer files an A-to-z Guarantee claim.</summary>
public enum ClaimReason
{
    /// <summary>The item did not arrive.</summary>
    NotReceived,

    /// <summary>The item arrived damaged or defective.</summary>
    DamagedOrDefective,

    /// <summary>The item is materially different from the listing.</summary>
    MateriallyDifferent,

    /// <summary>The buyer returned the item and was not refunded.</summary>
    ReturnNotRefunded,

    /// <summary>The seller promised a refund and did not refund, or refunded the wrong amount.</summary>
    RefundPromiseNotKept,

    /// <summary>Any other reason.</summary>
    Other,
}
