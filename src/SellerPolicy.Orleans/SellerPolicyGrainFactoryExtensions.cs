namespace SellerPolicy.Orleans;

/// <summary>Typed access to the SellerPolicy grains.</summary>
public static class SellerPolicyGrainFactoryExtensions
{
    /// <summary>Returns the grain of a seller account.</summary>
    /// <param name="grains">The grain factory (a cluster client or a grain's <c>GrainFactory</c>).</param>
    /// <param name="account">The account.</param>
    /// <returns>The grain.</returns>
    public static ISellerAccountGrain GetSellerAccount(this IGrainFactory grains, SellerAccountId account)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<ISellerAccountGrain>(account.ToGrainKey());
    }

    /// <summary>Returns the fleet view of one marketplace.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="marketplaceId">The marketplace id.</param>
    /// <returns>The grain.</returns>
    public static IFleetRiskGrain GetFleetRisk(this IGrainFactory grains, string marketplaceId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentException.ThrowIfNullOrWhiteSpace(marketplaceId);
        return grains.GetGrain<IFleetRiskGrain>(marketplaceId);
    }
}
