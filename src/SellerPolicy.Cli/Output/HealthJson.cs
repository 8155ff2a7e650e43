using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using SellerPolicy.Marketplaces;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Cli;

/// <summary>
/// Writes an account-health snapshot in the JSON contract of docs/cli.md (interfaces.md section 3), following the
/// snapshot's catalog: one object per metric keyed by its id (an id <c>group.key</c> nests as <c>"group": {"key": …}</c>),
/// holding its reporting date range, its counts by name, rate, target, status and orders. For Amazon's catalog this is
/// Amazon's GET_V2_SELLER_PERFORMANCE_REPORT shape (the ODR's counts as <c>{"count"}</c> objects and its
/// <c>fulfillmentType</c>), byte for byte what it was before metrics were open, plus our additions (orderIds,
/// lateShipmentRate10Day, returnDissatisfactionRate, overallStatus, failingMetrics).
/// </summary>
internal static class HealthJson
{
    public static void WriteSnapshot(Utf8JsonWriter w, AccountHealthSnapshot s, ReportingCalendar calendar, LoadedLedger? input = null, HealthExtras? extras = null)
    {
        w.WriteStartObject();
        w.WriteString("asOf", CliOptions.FormatDate(s.AsOf));
        w.WriteString("policy", s.PolicyVersion);
        WriteMetrics(w, s.Metrics, calendar, extras?.Notes);
        w.WriteString("overallStatus", s.OverallStatus.ToReportName());
        w.WriteStartArray("failingMetrics");
        foreach (string name in s.FailingMetricNames)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        if (extras is { Standing: { } standing })
        {
            WriteSellerLevel(w, standing);
        }

        if (input is { RecordsLeftOut: > 0 })
        {
            w.WriteStartObject("input");
            w.WriteString("source", input.Source);
            w.WriteNumber("recordsRead", input.RecordsRead);
            w.WriteNumber("recordsLeftOut", input.RecordsLeftOut);
            w.WriteNumber("problems", input.ProblemCount);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>The JSON name of a target's condition: <c>LESS_THAN</c>, <c>GREATER_THAN</c>, <c>AT_MOST</c>, <c>AT_LEAST</c>.</summary>
    public static string ConditionText(TargetCondition condition) => condition switch
    {
        TargetCondition.LessThan => "LESS_THAN",
        TargetCondition.GreaterThan => "GREATER_THAN",
        TargetCondition.AtMost => "AT_MOST",
        TargetCondition.AtLeast => "AT_LEAST",
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, $"condition must be a defined TargetCondition, was {condition}."),
    };

    public static void WriteReportingDateRange(Utf8JsonWriter w, DayWindow window, ReportingCalendar calendar)
    {
        w.WriteStartObject("reportingDateRange");
        w.WriteString("reportingDateFrom", WithOffset(calendar.Zone.AtStartOfDay(window.From).LocalDateTime, calendar));
        w.WriteString("reportingDateTo", WithOffset(window.To.At(new LocalTime(23, 59)), calendar));
        w.WriteEndObject();
    }

    /// <summary>
    /// Splits a metric id into the object it nests in and its own name: <c>orderDefectRate.mfn</c> → (<c>orderDefectRate</c>,
    /// <c>mfn</c>); an id without a dot is its own name at the top level.
    /// </summary>
    public static (string? Group, string Key) JsonPath(MetricId id)
    {
        int dot = id.Value.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? (id.Value[..dot], id.Value[(dot + 1)..]) : (null, id.Value);
    }

    /// <summary>One object per metric in catalog order; consecutive metrics of one group share the group's object.</summary>
    private static void WriteMetrics(Utf8JsonWriter w, ImmutableArray<MetricResult> metrics, ReportingCalendar calendar, MetricNotes? notes)
    {
        string? open = null;
        foreach (MetricResult r in metrics)
        {
            (string? group, string key) = JsonPath(r.Id);
            if (group != open)
            {
                if (open is not null)
                {
                    w.WriteEndObject();
                }

                if (group is not null)
                {
                    w.WriteStartObject(group);
                }

                open = group;
            }

            WriteMetric(w, key, r, calendar, notes?.Of(r.Id) ?? []);
        }

        if (open is not null)
        {
            w.WriteEndObject();
        }
    }

    private static void WriteMetric(Utf8JsonWriter w, string name, MetricResult r, ReportingCalendar calendar, ImmutableArray<MetricNote> notes)
    {
        w.WriteStartObject(name);
        WriteReportingDateRange(w, r.Window, calendar);
        if (r is OrderDefectRateResult odr)
        {
            // Amazon's V2 report: the ODR's defect counts are {"count": n} objects, and it names its fulfilment type.
            w.WriteNumber("orderCount", odr.OrderCount);
            Count(w, "orderWithDefects", odr.OrderWithDefects);
            Count(w, "claims", odr.Claims);
            Count(w, "chargebacks", odr.Chargebacks);
            Count(w, "negativeFeedback", odr.NegativeFeedback);
            w.WriteString("fulfillmentType", name);
        }
        else
        {
            foreach (MetricComponent component in r.Components)
            {
                w.WriteNumber(component.Name, component.Count);
            }
        }

        WriteJudgement(w, r);
        if (r is EbayRateResult ebay)
        {
            // eBay judges the period its transactions choose, and a rate may be met by a count instead ("or at most 2 cases").
            w.WriteString("lookback", ebay.Lookback == EbayLookback.ThreeMonths ? "THREE_MONTHS" : "TWELVE_MONTHS");
            w.WriteStartObject("countAlternative");
            w.WriteString("count", ebay.CountName);
            w.WriteNumber("value", ebay.Count);
            w.WriteNumber("maxValue", ebay.MaxCount);
            w.WriteBoolean("met", ebay.CountAlternativeMet);
            w.WriteEndObject();
        }

        WriteNotes(w, notes);
        w.WriteEndObject();
    }

    /// <summary>The notes of one metric (<c>"notes": [{"kind", "orders", "message"}]</c>), only when it has any.</summary>
    public static void WriteNotes(Utf8JsonWriter w, ImmutableArray<MetricNote> notes)
    {
        if (notes.IsDefaultOrEmpty)
        {
            return;
        }

        w.WriteStartArray("notes");
        foreach (MetricNote note in notes)
        {
            w.WriteStartObject();
            w.WriteString("kind", note.Kind);
            w.WriteNumber("orders", note.Orders);
            w.WriteString("message", note.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary><c>"sellerLevel": {"official", "projected", "nextEvaluationOn"}</c>, each level <c>{"level", "evaluatedOn", "reasons"}</c>.</summary>
    private static void WriteSellerLevel(Utf8JsonWriter w, SellerStanding standing)
    {
        w.WriteStartObject("sellerLevel");
        Level(w, "official", standing.Official);
        Level(w, "projected", standing.Projected);
        w.WriteString("nextEvaluationOn", CliOptions.FormatDate(standing.NextEvaluationOn));
        w.WriteEndObject();

        static void Level(Utf8JsonWriter w, string name, SellerLevel level)
        {
            w.WriteStartObject(name);
            w.WriteString("level", level.Name);
            w.WriteString("evaluatedOn", CliOptions.FormatDate(level.EvaluatedOn));
            CliJson.WriteStrings(w, "reasons", level.Reasons);
            w.WriteEndObject();
        }
    }

    private static void WriteJudgement(Utf8JsonWriter w, MetricResult r)
    {
        w.WriteNumber("rate", r.Rate);
        w.WriteNumber("targetValue", r.Target.Value);
        w.WriteString("targetCondition", ConditionText(r.Target.Condition));
        w.WriteString("status", r.Status.ToReportName());
        w.WriteStartArray("orderIds");
        foreach (var id in r.OrderIds)
        {
            w.WriteStringValue(id.Value);
        }

        w.WriteEndArray();
    }

    private static void Count(Utf8JsonWriter w, string name, int count)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", count);
        w.WriteEndObject();
    }

    private static string WithOffset(LocalDateTime local, ReportingCalendar calendar)
    {
        Offset offset = calendar.Zone.AtLeniently(local).Offset;
        return IsoText.Minutes(local) + (offset == Offset.Zero ? "Z" : IsoText.Offset(offset));
    }
}

/// <summary>What a health snapshot's output adds beyond the snapshot: notes per metric, and the pack's seller levels.</summary>
/// <param name="Notes">The notes on each metric's figures (import assumptions), or null.</param>
/// <param name="Standing">The official and PROJECTED seller level, for a pack that has levels (eBay); else null.</param>
internal sealed record HealthExtras(MetricNotes? Notes, SellerStanding? Standing);
