using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces.Walmart;

/// <summary>
/// The numbers of Walmart Marketplace's seller performance standards, one version with its effective date. Targets are
/// from domain-rules.md section 6; windows other than negative feedback's 60 days, the date and the switches are marked
/// (default) in docs/policies.md.
/// </summary>
/// <remarks>Record equality compares the set by reference; the default shares one instance, so two default values are equal.</remarks>
public sealed record WalmartStandards
{
    private static readonly ImmutableHashSet<CancelledBy> DefaultCountingCancellations = [CancelledBy.Seller, CancelledBy.System];

    /// <summary>Gets the first day this version is in effect (default 2025-01-01 (default)).</summary>
    public LocalDate EffectiveFrom { get; init; } = new(2025, 1, 1);

    /// <summary>Gets the cancellation rate numbers (30 days (default), ≤ 2 %): orders purchased in the window cancelled by the seller before shipment.</summary>
    public RollingMetricPolicy Cancellation { get; init; } = new(30, MetricTarget.AtMost(0.02));

    /// <summary>Gets the on-time delivery rate numbers (30 days (default), ≥ 90 %): orders due in the window delivered by the estimated date.</summary>
    public RollingMetricPolicy OnTimeDelivery { get; init; } = new(30, MetricTarget.AtLeast(0.90));

    /// <summary>Gets the valid tracking rate numbers (30 days (default), ≥ 99 %): shipments of the window with a tracking id and a carrier scan.</summary>
    public RollingMetricPolicy ValidTracking { get; init; } = new(30, MetricTarget.AtLeast(0.99));

    /// <summary>Gets the refund rate numbers (90 days (default), &lt; 6 %): orders purchased in the window with a refund.</summary>
    public RollingMetricPolicy Refund { get; init; } = new(90, MetricTarget.LessThan(0.06));

    /// <summary>Gets the negative feedback rate numbers (60 days, ≤ 2 %): orders purchased in the window with a 1-2 star rating.</summary>
    public RollingMetricPolicy NegativeFeedback { get; init; } = new(60, MetricTarget.AtMost(0.02));

    /// <summary>Gets the highest rating that is negative feedback (default 2: 1-2 stars).</summary>
    public int NegativeFeedbackMaxRating { get; init; } = 2;

    /// <summary>Gets who cancels an order that counts in the cancellation rate (default <see cref="CancelledBy.Seller"/> and <see cref="CancelledBy.System"/> (default): seller-initiated and automatic cancellations).</summary>
    public ImmutableHashSet<CancelledBy> CountingCancellations { get; init; } = DefaultCountingCancellations;

    /// <summary>Checks every number.</summary>
    /// <returns>One message per problem, naming the field and the rule; empty when valid.</returns>
    public ImmutableArray<string> Validate()
    {
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach ((RollingMetricPolicy? metric, string field) in (ReadOnlySpan<(RollingMetricPolicy?, string)>)
                 [(Cancellation, "cancellation"), (OnTimeDelivery, "onTimeDelivery"), (ValidTracking, "validTracking"), (Refund, "refund"), (NegativeFeedback, "negativeFeedback")])
        {
            if (metric is null)
            {
                errors.Add($"walmart.{field} is required.");
            }
            else if (metric.WindowDays <= 0)
            {
                errors.Add($"walmart.{field}.windowDays must be positive, was {metric.WindowDays}.");
            }
        }

        if (NegativeFeedbackMaxRating is < 1 or > 4)
        {
            errors.Add($"walmart.negativeFeedbackMaxRating must be 1-4, was {NegativeFeedbackMaxRating}.");
        }

        if (CountingCancellations is null)
        {
            errors.Add("walmart.countingCancellations is required.");
        }

        return errors.ToImmutable();
    }
}
