using System.Text.Json.Serialization;
using System.Collections.Immutable;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// An eBay seller-standards figure: the rate over the period the lookback rule chose, and the count alternative. It is
/// <see cref="MetricStatus.Good"/> when the rate meets the target <em>or</em> the count is at most the alternative.
/// </summary>
/// <remarks><see cref="MetricResult.Components"/> hold the counts of both periods; <see cref="MetricResult.OrderIds"/> the long period's orders.</remarks>
public sealed record EbayRateResult : MetricResult
{
    [JsonConstructor]
    internal EbayRateResult(
        MetricId id, string label, DayWindow window, int numerator, int denominator, MetricTarget target, string policyVersion,
        ImmutableArray<OrderId> orderIds, ImmutableArray<MetricComponent> components, EbayLookback lookback, string countName, int count, int maxCount)
        : base(id, label, window, numerator, denominator, target, policyVersion, orderIds, components)
    {
        Lookback = lookback;
        CountName = countName;
        Count = count;
        MaxCount = maxCount;
    }

    /// <summary>Gets the period judged (3 months with 400+ transactions in it, else 12 months).</summary>
    public EbayLookback Lookback { get; }

    /// <summary>Gets the name of the count the alternative is compared with, e.g. <c>defectBuyers</c>.</summary>
    public string CountName { get; }

    /// <summary>Gets that count in the period judged.</summary>
    public int Count { get; }

    /// <summary>Gets the count alternative: at most this many meets the target too.</summary>
    public int MaxCount { get; }

    /// <summary>Gets whether the count alternative holds (<see cref="Count"/> ≤ <see cref="MaxCount"/>).</summary>
    public bool CountAlternativeMet => Count <= MaxCount;

    /// <summary>Gets GOOD when the rate meets the target or the count alternative holds, BAD when neither, NONE without transactions.</summary>
    public override MetricStatus Status
        => Denominator == 0 ? MetricStatus.None : Target.IsMetBy(Rate) || CountAlternativeMet ? MetricStatus.Good : MetricStatus.Bad;
}
