namespace SellerPolicy.Returns;

/// <summary>What one return parcel would cost the seller, in the rule set's currency: the cost a returnless refund avoids.</summary>
/// <param name="Domestic">The cost of a return from the home country (or from an unknown country).</param>
/// <param name="International">The cost of a return from another country.</param>
public sealed record ReturnCostAssumption(decimal Domestic, decimal International);
