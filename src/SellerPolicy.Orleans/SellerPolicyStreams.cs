namespace SellerPolicy.Orleans;

/// <summary>The Orleans streams SellerPolicy publishes to.</summary>
public static class SellerPolicyStreams
{
    /// <summary>
    /// The stream namespace of status changes (<see cref="Contracts.SellerStatusChanged"/>); there is one stream per
    /// marketplace, keyed by the marketplace id. A platform subscribes to it to alert; the fleet view
    /// (<see cref="IFleetRiskGrain"/>) is built from it.
    /// </summary>
    public const string StatusChanges = "SellerPolicy.StatusChanges";
}
