using System.Collections.Immutable;
using NodaTime;
using Orleans.Concurrency;
using SellerPolicy.Orleans.Contracts;

namespace SellerPolicy.Orleans;

/// <summary>
/// One seller account (grain key: <see cref="SellerAccountId.ToGrainKey"/>): its records, kept as persistent grain state,
/// and its account health as of any day, equal to the batch engine's on the same records.
/// </summary>
/// <remarks>
/// <para>Records are identified as in the ledger (orders by id, feedback by order, claims, chargebacks and returns by id,
/// a return without an id by order, SKU and request instant, a contact by order and instant). Recording is idempotent by
/// that identity: a record identical to the one held changes nothing, so a client may retry a batch; a new version
/// replaces the held one when it knows at least as much (its latest fact instant, then its number of facts), so an old
/// version arriving late does not undo a newer one.</para>
/// <para><b>Reads do not wait for a batch.</b> The questions interleave with a batch being recorded
/// (<see cref="AlwaysInterleaveAttribute"/>): the grain changes its records and tracker only in one synchronous step after
/// the batch is persisted, so a question answered meanwhile sees the account before the batch, never half of it.</para>
/// <para>Get one with <see cref="SellerPolicyGrainFactoryExtensions.GetSellerAccount"/>.</para>
/// </remarks>
public interface ISellerAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records a batch: validated with the ledger file reader's rules together with the records held, and accepted whole
    /// (then persisted) or refused whole with every problem located by the batch's name and line.
    /// </summary>
    /// <param name="batch">The records, JSON Lines.</param>
    /// <returns>What was added, updated or left unchanged, or why the batch was refused.</returns>
    Task<RecordBatchResult> RecordAsync(RecordBatch batch);

    /// <summary>Returns every metric as of the end of <paramref name="asOf"/>, with the orders that hurt each.</summary>
    /// <param name="asOf">The as-of day (reporting zone of the policy).</param>
    /// <returns>The health.</returns>
    [AlwaysInterleave]
    Task<SellerHealth> GetSnapshotAsync(LocalDate asOf);

    /// <summary>Returns every metric on every day from <paramref name="from"/> to <paramref name="to"/>, without order ids.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day (not before <paramref name="from"/>; at most <see cref="SellerPolicyOptions.MaxSeriesDays"/> days).</param>
    /// <returns>The series.</returns>
    [AlwaysInterleave]
    Task<SellerHealthSeries> GetSeriesAsync(LocalDate from, LocalDate to);

    /// <summary>Returns when each metric gets back under target, as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The forecast day.</param>
    /// <returns>The forecast.</returns>
    [AlwaysInterleave]
    Task<SellerForecast> GetForecastAsync(LocalDate asOf);

    /// <summary>Returns whether a buyer could file an A-to-z claim on an order at an instant.</summary>
    /// <param name="orderId">An order the account holds.</param>
    /// <param name="reason">The claim reason as the ledger names it (<c>NotReceived</c>, <c>DamagedOrDefective</c>, …).</param>
    /// <param name="at">The instant.</param>
    /// <returns>The eligibility and its rule.</returns>
    /// <exception cref="ArgumentException">The order is not held, or the reason is not one the ledger knows.</exception>
    [AlwaysInterleave]
    Task<ClaimCheck> GetClaimEligibilityAsync(string orderId, string reason, Instant at);

    /// <summary>Returns the records held as JSON Lines, as the ledger writer writes them (one version of each record).</summary>
    /// <returns>The ledger text.</returns>
    [AlwaysInterleave]
    Task<string> ExportAsync();

    /// <summary>Returns what the grain holds.</summary>
    /// <returns>The summary.</returns>
    [AlwaysInterleave]
    Task<SellerAccountSummary> GetSummaryAsync();
}

/// <summary>
/// The sellers at risk on one marketplace (grain key: the marketplace id), built from the status-change notifications on
/// <see cref="SellerPolicyStreams.StatusChanges"/>, never by asking the seller grains.
/// </summary>
public interface IFleetRiskGrain : IGrainWithStringKey
{
    /// <summary>Returns the seller accounts with at least one BAD metric, by seller id.</summary>
    /// <returns>The sellers at risk.</returns>
    Task<ImmutableArray<SellerAtRisk>> GetSellersAtRiskAsync();

    /// <summary>Returns how many seller accounts the view has heard from.</summary>
    /// <returns>The count.</returns>
    Task<int> GetSellersKnownAsync();
}
