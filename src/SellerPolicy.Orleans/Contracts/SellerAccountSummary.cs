using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>What a seller account's grain holds.</summary>
/// <param name="Account">The account.</param>
/// <param name="Records">The records held (one version of each).</param>
/// <param name="Orders">The orders held.</param>
/// <param name="Batches">The batches accepted that changed something.</param>
/// <param name="LatestDay">The latest day of the records (the day statuses are watched on), or null when empty.</param>
/// <param name="StoredBytes">The size of the persisted form of the records.</param>
[GenerateSerializer, Immutable]
public sealed record SellerAccountSummary(SellerAccountId Account, int Records, int Orders, long Batches, LocalDate? LatestDay, int StoredBytes);
