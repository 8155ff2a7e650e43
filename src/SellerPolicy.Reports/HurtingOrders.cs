using System.Collections.Immutable;
using System.Text;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Reports;

/// <summary>
/// Explains the orders behind a BAD metric: each order's own history is run through the same engine and metric rules as
/// the whole ledger (a one-order ledger), so the reason and the day it stops counting follow the metric's own rule, for
/// any metric of any catalog.
/// </summary>
internal static class HurtingOrders
{
    /// <summary>How many days after the as-of day to look for the day an order stops counting.</summary>
    internal const int Reach = 400;

    /// <summary>Explains the first <paramref name="limit"/> hurting orders of <paramref name="result"/> as of <paramref name="asOf"/>.</summary>
    public static ImmutableArray<HurtingOrder> Explain(SellerLedger ledger, MarketplacePolicy policy, MetricResult result, LocalDate asOf, int limit)
    {
        var explained = ImmutableArray.CreateBuilder<HurtingOrder>(Math.Min(limit, result.OrderIds.Length));
        foreach (OrderId id in result.OrderIds.Take(limit))
        {
            explained.Add(ExplainOne(ledger, policy, result.Id, id, asOf));
        }

        return explained.ToImmutable();
    }

    private static HurtingOrder ExplainOne(SellerLedger ledger, MarketplacePolicy policy, MetricId metricId, OrderId id, LocalDate asOf)
    {
        OrderHistory history = ledger.GetHistory(id);
        SellerLedger alone = SellerLedger.CreateBuilder().Add(history).ToImmutable();
        AccountHealthEngine engine = AccountHealthEngine.Create(alone, policy);
        MetricResult now = engine.Snapshot(asOf)[metricId];
        Metric metric = policy.Metrics[metricId];

        LocalDate? stops = null;
        for (int k = 1; k <= Reach; k++)
        {
            LocalDate day = asOf.PlusDays(k);
            if (engine.Snapshot(day)[metricId].OrderIds.IsEmpty)
            {
                stops = day;
                break;
            }
        }

        ImmutableArray<string> skus = [.. history.Order.Lines
            .Select(l => l.Category is { Length: > 0 } c ? $"{l.Sku.Value} ({c})" : l.Sku.Value)
            .Distinct(StringComparer.Ordinal)];
        ImmutableArray<string> reasons = [.. history.Returns.Select(r => r.Reason).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal)];
        return new HurtingOrder(metricId, id, Why(metric, now), skus, reasons, stops);
    }

    /// <summary>The counts the order is in that name a defect (components), else the numerator, else what it lacks.</summary>
    internal static ImmutableArray<string> Why(Metric metric, MetricResult alone)
    {
        ImmutableArray<string> parts = [.. alone.Components.Where(c => c.Role == CountSlotRole.Component && c.Count > 0).Select(c => Words(c.Name))];
        if (!parts.IsEmpty)
        {
            return parts;
        }

        if (metric.Target.LowerIsBetter)
        {
            CountSlot numerator = metric.Slots.First(s => s.Role == CountSlotRole.Numerator);
            return [Words(numerator.Name)];
        }

        CountSlot? hurt = metric.Slots.FirstOrDefault(s => s.Role == CountSlotRole.HurtOnly);
        return hurt is not null ? [Words(hurt.Name)] : ["not in " + Words(metric.Slots.First(s => s.Role == CountSlotRole.Numerator).Name)];
    }

    /// <summary>Turns a slot name in camel case (<c>negativeFeedback</c>) into words (<c>negative feedback</c>).</summary>
    internal static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
