using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Marketplaces;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Reporting;

/// <summary>
/// The JSON reports of the <c>sellerpolicy</c> tool (docs/cli.md), for a service to print byte for byte what the tool prints:
/// the account-health report in Amazon's GET_V2_SELLER_PERFORMANCE_REPORT shape (<see cref="WriteSnapshot"/>), the daily
/// series, the forecast and the what-if comparison. Written by hand with a <see cref="Utf8JsonWriter"/>: no reflection, so
/// trimmed and native-AOT apps can use it.
/// </summary>
/// <remarks>
/// <para>The snapshot follows its catalog: one object per metric keyed by its id (an id <c>group.key</c> nests as
/// <c>"group": {"key": …}</c>), holding its reporting date range, its counts by name, rate, target, status and orders. For
/// Amazon's catalog this is Amazon's report shape (the ODR's counts as <c>{"count"}</c> objects and its
/// <c>fulfillmentType</c>), plus our additions (orderIds, lateShipmentRate10Day, returnDissatisfactionRate, overallStatus,
/// failingMetrics).</para>
/// <para>To get the tool's exact bytes, write with <see cref="WriterOptions"/> and end with a newline. For the library's own
/// data contract, which also reads back, use <see cref="Serialization.SellerPolicyJsonContext"/>.</para>
/// </remarks>
public static class HealthReportJson
{
    /// <summary>Gets the tool's writer options: indented, non-ASCII text unescaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes an account-health snapshot as the tool's <c>health --format json</c> does.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="calendar">The reporting calendar of the snapshot's policy (<see cref="MarketplacePolicy.Reporting"/>), for the date ranges' offsets.</param>
    /// <param name="extras">Notes, seller levels and input, or null for none.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="extras"/> is null.</exception>
    public static void WriteSnapshot(Utf8JsonWriter writer, AccountHealthSnapshot snapshot, ReportingCalendar calendar, HealthReportExtras? extras = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(calendar);
        Utf8JsonWriter w = writer;
        w.WriteStartObject();
        w.WriteString("asOf", Preconditions.Format(snapshot.AsOf));
        w.WriteString("policy", snapshot.PolicyVersion);
        WriteMetrics(w, snapshot.Metrics, calendar, extras?.Notes);
        w.WriteString("overallStatus", snapshot.OverallStatus.ToReportName());
        w.WriteStartArray("failingMetrics");
        foreach (string name in snapshot.FailingMetricNames)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        if (extras is { Standing: { } standing })
        {
            WriteSellerLevel(w, standing);
        }

        if (extras is { Input: { RecordsLeftOut: > 0 } input })
        {
            w.WriteStartObject("input");
            w.WriteString("source", input.Source);
            w.WriteNumber("recordsRead", input.RecordsRead);
            w.WriteNumber("recordsLeftOut", input.RecordsLeftOut);
            w.WriteNumber("problems", input.Problems);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Writes a daily series as the tool's <c>series --format json</c> does: an array of days, each with its as-of day, policy
    /// version and, per metric of <paramref name="metrics"/>, its date range, numerator, denominator, rate, target and status.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="days">The snapshots, one per day, in order (<see cref="AccountHealthSeries.SnapshotsWithoutOrderIds"/>).</param>
    /// <param name="metrics">The metrics to write, in order.</param>
    /// <param name="timeline">The policy timeline, for each day's reporting calendar.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">A day has no metric of <paramref name="metrics"/>.</exception>
    public static void WriteSeries(Utf8JsonWriter writer, IEnumerable<AccountHealthSnapshot> days, IReadOnlyList<MetricId> metrics, PolicyTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(timeline);
        Utf8JsonWriter w = writer;
        w.WriteStartArray();
        foreach (AccountHealthSnapshot day in days)
        {
            w.WriteStartObject();
            w.WriteString("asOf", Preconditions.Format(day.AsOf));
            w.WriteString("policy", day.PolicyVersion);
            foreach (MetricId id in metrics)
            {
                MetricResult m = day[id];
                w.WriteStartObject(id.Value);
                WriteReportingDateRange(w, m.Window, timeline.For(day.AsOf).Reporting);
                w.WriteNumber("numerator", m.Numerator);
                w.WriteNumber("denominator", m.Denominator);
                w.WriteNumber("rate", m.Rate);
                w.WriteNumber("targetValue", m.Target.Value);
                w.WriteString("targetCondition", ConditionText(m.Target.Condition));
                w.WriteString("status", m.Status.ToReportName());
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// Writes a forecast as the tool's <c>forecast --format json</c> does: as-of day, policy, assumption, horizon, average daily
    /// volumes and, per metric, its status, rate, <c>goodFrom</c>, <c>defectsAbsorbable</c> and <c>cleanOrdersNeeded</c> (null when none).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="forecast">The forecast.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteForecast(Utf8JsonWriter writer, AccountHealthForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(forecast);
        Utf8JsonWriter w = writer;
        w.WriteStartObject();
        w.WriteString("asOf", Preconditions.Format(forecast.AsOf));
        w.WriteString("policy", forecast.PolicyVersion);
        w.WriteString("assumption", forecast.Assumption);
        w.WriteNumber("horizonDays", forecast.Assumptions.HorizonDays);
        w.WriteNumber("averageDailyMfnOrders", forecast.AverageDailyMfnOrders);
        w.WriteNumber("averageDailyAfnOrders", forecast.AverageDailyAfnOrders);
        w.WriteStartArray("metrics");
        foreach (MetricForecast m in forecast.Metrics)
        {
            w.WriteStartObject();
            w.WriteString("metric", m.Id.Value);
            w.WriteString("status", m.CurrentStatus.ToReportName());
            w.WriteNumber("rate", m.CurrentRate);
            WriteDay(w, "goodFrom", m.GoodFrom);
            WriteNumber(w, "defectsAbsorbable", m.DefectsAbsorbable);
            WriteNumber(w, "cleanOrdersNeeded", m.CleanOrdersNeeded);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Writes a what-if comparison as the tool's <c>whatif --format json</c> does: as-of day, policy, the changes in words and,
    /// per metric, its numerator, denominator, rate, status and <c>goodFrom</c> before and after, and whether its status changed.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="comparison">The comparison.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteWhatIf(Utf8JsonWriter writer, WhatIfComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comparison);
        Utf8JsonWriter w = writer;
        WhatIfComparison c = comparison;
        w.WriteStartObject();
        w.WriteString("asOf", Preconditions.Format(c.Before.AsOf));
        w.WriteString("policy", c.Before.PolicyVersion);
        w.WriteStartArray("changes");
        foreach (HypotheticalChange change in c.Changes)
        {
            w.WriteStringValue(change.ToString());
        }

        w.WriteEndArray();
        w.WriteStartArray("metrics");
        foreach (MetricResult before in c.Before.Metrics)
        {
            MetricResult after = c.After[before.Id];
            w.WriteStartObject();
            w.WriteString("metric", before.Id.Value);
            Side(w, "before", before, c.BeforeForecast[before.Id].GoodFrom);
            Side(w, "after", after, c.AfterForecast[before.Id].GoodFrom);
            w.WriteBoolean("statusChanged", before.Status != after.Status);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The JSON name of a target's condition: <c>LESS_THAN</c>, <c>GREATER_THAN</c>, <c>AT_MOST</c>, <c>AT_LEAST</c>.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>Its name in the report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is not defined.</exception>
    public static string ConditionText(TargetCondition condition) => condition switch
    {
        TargetCondition.LessThan => "LESS_THAN",
        TargetCondition.GreaterThan => "GREATER_THAN",
        TargetCondition.AtMost => "AT_MOST",
        TargetCondition.AtLeast => "AT_LEAST",
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, $"condition must be a defined TargetCondition, was {condition}."),
    };

    /// <summary>
    /// Splits a metric id into the object it nests in and its own name: <c>orderDefectRate.mfn</c> → (<c>orderDefectRate</c>,
    /// <c>mfn</c>); an id without a dot is its own name at the top level.
    /// </summary>
    /// <param name="id">The metric id.</param>
    /// <returns>The group (null at the top level) and the key.</returns>
    public static (string? Group, string Key) JsonPath(MetricId id)
    {
        int dot = id.Value.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? (id.Value[..dot], id.Value[(dot + 1)..]) : (null, id.Value);
    }

    private static void WriteReportingDateRange(Utf8JsonWriter w, DayWindow window, ReportingCalendar calendar)
    {
        w.WriteStartObject("reportingDateRange");
        w.WriteString("reportingDateFrom", WithOffset(calendar.Zone.AtStartOfDay(window.From).LocalDateTime, calendar));
        w.WriteString("reportingDateTo", WithOffset(window.To.At(new LocalTime(23, 59)), calendar));
        w.WriteEndObject();
    }

    /// <summary>One object per metric in catalog order; consecutive metrics of one group share the group's object.</summary>
    private static void WriteMetrics(Utf8JsonWriter w, ImmutableArray<MetricResult> metrics, ReportingCalendar calendar, IReadOnlyDictionary<MetricId, ImmutableArray<MetricNote>>? notes)
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

            WriteMetric(w, key, r, calendar, notes is not null && notes.TryGetValue(r.Id, out ImmutableArray<MetricNote> of) ? of : []);
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
    private static void WriteNotes(Utf8JsonWriter w, ImmutableArray<MetricNote> notes)
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
        w.WriteString("nextEvaluationOn", Preconditions.Format(standing.NextEvaluationOn));
        w.WriteEndObject();

        static void Level(Utf8JsonWriter w, string name, SellerLevel level)
        {
            w.WriteStartObject(name);
            w.WriteString("level", level.Name);
            w.WriteString("evaluatedOn", Preconditions.Format(level.EvaluatedOn));
            w.WriteStartArray("reasons");
            foreach (string reason in level.Reasons)
            {
                w.WriteStringValue(reason);
            }

            w.WriteEndArray();
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

    private static void Side(Utf8JsonWriter w, string name, MetricResult m, LocalDate? goodFrom)
    {
        w.WriteStartObject(name);
        w.WriteNumber("numerator", m.Numerator);
        w.WriteNumber("denominator", m.Denominator);
        w.WriteNumber("rate", m.Rate);
        w.WriteString("status", m.Status.ToReportName());
        WriteDay(w, "goodFrom", goodFrom);
        w.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter w, string name, LocalDate? day)
    {
        if (day is { } value)
        {
            w.WriteString(name, Preconditions.Format(value));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Count(Utf8JsonWriter w, string name, int count)
    {
        w.WriteStartObject(name);
        w.WriteNumber("count", count);
        w.WriteEndObject();
    }

    /// <summary><c>uuuu-MM-ddTHH:mm</c> and the zone's offset there (<c>Z</c> for UTC, else <c>+HH:mm</c>).</summary>
    private static string WithOffset(LocalDateTime local, ReportingCalendar calendar)
    {
        Offset offset = calendar.Zone.AtLeniently(local).Offset;
        return IsoText.Minutes(local) + (offset == Offset.Zero ? "Z" : IsoText.Offset(offset));
    }
}
