using System.Collections.Immutable;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>The files of one import, by kind. Several files of a kind are read in order (for example monthly downloads).</summary>
/// <remarks>At least one orders report is needed: every other record refers to an order.</remarks>
public sealed record AmazonImportSources
{
    /// <summary>Gets the All Orders reports (at least one).</summary>
    public ImmutableArray<AmazonSourceFile> Orders { get; init; } = [];

    /// <summary>Gets the returns reports.</summary>
    public ImmutableArray<AmazonSourceFile> Returns { get; init; } = [];

    /// <summary>Gets the seller feedback reports.</summary>
    public ImmutableArray<AmazonSourceFile> Feedback { get; init; } = [];

    /// <summary>Gets the claims and chargebacks files (our CSV).</summary>
    public ImmutableArray<AmazonSourceFile> Claims { get; init; } = [];

    /// <summary>Gets the shipments files (our CSV).</summary>
    public ImmutableArray<AmazonSourceFile> Shipments { get; init; } = [];

    /// <summary>Gets the FBA shipments reports (GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL).</summary>
    public ImmutableArray<AmazonSourceFile> FbaShipments { get; init; } = [];

    /// <summary>Gets the FBA customer returns reports (GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA).</summary>
    public ImmutableArray<AmazonSourceFile> FbaReturns { get; init; } = [];
}
