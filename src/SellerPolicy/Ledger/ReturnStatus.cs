namespace SellerPolicy.Ledger;

/// <summary>Where a return request stands.</summary>
public enum ReturnStatus
{
    /// <summary>Requested by the buyer, not yet answered.</summary>
    Requested,

    /// <summary>Authorised by the seller (or automatically by Amazon).</summary>
    Authorized,

    /// <summary>Rejected by the seller.</summary>
    Rejected,

    /// <summary>The returned item has reached the seller.</summary>
    Received,

    /// <summary>The buyer has been refunded.</summary>
    Refunded,

    /// <summary>Closed without further action.</summary>
    Closed,
}
