namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// What one eBay seller level requires. Each requirement is a rate maximum with a count alternative: it is met when the
/// rate is at most the maximum <em>or</em> the count is at most the alternative (eBay's "0.5 % or 3 unique buyers").
/// </summary>
/// <remarks>
/// Rates are fractions (0.005 = 0.5 %) compared with "at most" (≤), counts likewise. A late shipment requirement of null
/// means the level has none. Validated by <see cref="EbaySellerStandards.Validate"/>.
/// </remarks>
/// <param name="MaxTransactionDefectRate">The highest transaction defect rate (Top Rated 0.5 %, Above Standard 2 %).</param>
/// <param name="MaxDefectBuyers">The count alternative: the most distinct buyers with a defective transaction (Top Rated 3, Above Standard 4 (default)).</param>
/// <param name="MaxCaseRate">The highest rate of cases closed without seller resolution (0.3 %).</param>
/// <param name="MaxCases">The count alternative: the most cases closed without seller resolution (2).</param>
/// <param name="MaxLateShipmentRate">The highest late shipment rate (Top Rated 3 %), or null when the level has no late shipment requirement.</param>
/// <param name="MaxLateShipments">The count alternative: the most late shipments (Top Rated 5 (default)), or null with no requirement.</param>
/// <param name="MinTransactions">The fewest transactions in the 12-month period the level needs (Top Rated 100 (default); 0 for none).</param>
public sealed record EbayLevelRequirements(
    double MaxTransactionDefectRate,
    int MaxDefectBuyers,
    double MaxCaseRate,
    int MaxCases,
    double? MaxLateShipmentRate,
    int? MaxLateShipments,
    int MinTransactions);
