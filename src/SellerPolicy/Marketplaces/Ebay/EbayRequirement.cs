namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>One requirement of an eBay seller level.</summary>
public enum EbayRequirement
{
    /// <summary>Transaction defect rate at most the maximum, or at most so many distinct buyers with a defect.</summary>
    TransactionDefectRate,

    /// <summary>Cases closed without seller resolution: rate at most the maximum, or at most so many cases.</summary>
    CasesClosedWithoutSellerResolution,

    /// <summary>Late shipment rate at most the maximum, or at most so many late shipments.</summary>
    LateShipmentRate,

    /// <summary>At least so many transactions in the 12-month period.</summary>
    MinimumTransactions,
}
