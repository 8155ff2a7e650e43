using SellerPolicy.Policies;

namespace SellerPolicy.Orleans;

/// <summary>Settings of the SellerPolicy grains (<see cref="Hosting.SellerPolicySiloBuilderExtensions.AddSellerPolicy"/>), checked when the silo starts.</summary>
public sealed class SellerPolicyOptions
{
    /// <summary>
    /// The name of the grain storage provider the grains persist to. The silo must register one by this name
    /// (<c>AddMemoryGrainStorage</c>, <c>AddAdoNetGrainStorage</c>, <c>AddAzureBlobGrainStorage</c>, <c>AddRedisGrainStorage</c>…).
    /// </summary>
    public const string StorageName = "SellerPolicy";

    /// <summary>Gets or sets the policy version every figure is computed under; default <see cref="AmazonPolicies.Current"/>.</summary>
    public MarketplacePolicy Policy { get; set; } = AmazonPolicies.Current;

    /// <summary>Gets or sets the name of the stream provider status changes are published on (the silo registers it); default <c>SellerPolicy</c>.</summary>
    public string StreamProviderName { get; set; } = "SellerPolicy";

    /// <summary>Gets or sets the most records one batch may hold (1 to 1,000,000); default 10,000.</summary>
    public int MaxRecordsPerBatch { get; set; } = 10_000;

    /// <summary>Gets or sets the most days one series may span (1 to 3,660); default 731.</summary>
    public int MaxSeriesDays { get; set; } = 731;
}
