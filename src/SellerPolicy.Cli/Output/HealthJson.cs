using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Cli;

/// <summary>
/// Writes an account-health snapshot in the JSON contract of docs/cli.md (interfaces.md section 3): Amazon's
/// GET_V2_SELLER_PERFORMANCE_REPORT names and fields, plus our additions (orderIds, lateShipmentRate10Day,
/// returnDissatisfactionRate, overallStatus, failingMetrics).
/// </summary>
internal static class HealthJson
{
    public static void WriteSnapshot(Utf8JsonWriter w, AccountHealthSnapshot s, ReportingCalendar calendar, LoadedLedger? input = null)
    {
        w.WriteStartObject();
        w.WriteString("asOf", CliOptions.FormatDate(s.AsOf));
        w.WriteString("policy", s.PolicyVersion);
        w.WriteStartObject("orderDefectRate");
        WriteOrderDefectRate(w, "mfn", s.OrderDefectRate.Mfn, calendar);
        WriteOrderDefectRate(w, "afn", s.OrderDefectRate.Afn, calendar);
        w.WriteEndObject();
        WriteMetric(w, "preFulfillmentCancellationRate", s.PreFulfillmentCancellationRate, calendar,
            ("orderCount", s.PreFulfillmentCancellationRate.OrderCount), ("cancellationCount", s.PreFulfillmentCancellationRate.CancellationCount));
        WriteMetric(w, "lateShipmentRate", s.LateShipmentRate, calendar,
            ("orderCount", s.LateShipmentRate.OrderCount), ("lateShipmentCount", s.LateShipmentRate.LateShipmentCount));
        WriteMetric(w, "lateShipmentRate10Day", s.LateShipmentRate10Day, calendar,
            ("orderCount", s.LateShipmentRate10Day.OrderCount), ("lateShipmentCount", s.LateShipmentRate10Day.LateShipmentCount));
        WriteMetric(w, "validTrackingRate", s.ValidTrackingRate, calendar,
            ("shipmentCount", s.ValidTrackingRate.ShipmentCount), ("validTrackingCount", s.ValidTrackingRate.ValidTrackingCount));
        WriteMetric(w, "onTimeDeliveryRate", s.OnTimeDeliveryRate, calendar,
            ("shipmentCountWithValidTracking", s.OnTimeDeliveryRate.ShipmentCountWithValidTracking), ("onTimeDeliveryCount", s.OnTimeDeliveryRate.OnTimeDeliveryCount));
        ReturnDissatisfactionRateResult rd = s.ReturnDissatisfactionRate;
        WriteMetric(w, "returnDissatisfactionRate", rd, calendar,
            ("returnRequestCount", rd.ReturnRequestCount), ("dissatisfiedCount", rd.DissatisfiedCount),
            ("negativeReturnFeedbackCount", rd.NegativeReturnFeedbackCount), ("lateResponseCount", rd.LateResponseCount),
            ("invalidRejectionCount", rd.InvalidRejectionCount));
        w.WriteString("overallStatus", s.OverallStatus.ToReportName());
        w.WriteStartArray("failingMetrics");
        foreach (string name in s.FailingMetricNames)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
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

    public static string ConditionText(TargetCondition condition) => condition == TargetCondition.LessThan ? "LESS_THAN" : "GREATER_THAN";

    public static void WriteReportingDateRange(Utf8JsonWriter w, DayWindow window, ReportingCalendar calendar)
    {
        w.WriteStartObject("reportingDateRange");
        w.WriteString("reportingDateFrom", WithOffset(calendar.Zone.AtStartOfDay(window.From).LocalDateTime, calendar));
        w.WriteString("reportingDateTo", WithOffset(window.To.At(new LocalTime(23, 59)), calendar));
        w.WriteEndObject();
    }

    private static void WriteOrderDefectRate(Utf8JsonWriter w, string name, OrderDefectRateResult r, ReportingCalendar calendar)
    {
        w.WriteStartObject(name);
        WriteReportingDateRange(w, r.Window, calendar);
        w.WriteNumber("orderCount", r.OrderCount);
        Count(w, "orderWithDefects", r.OrderWithDefects);
        Count(w, "claims", r.Claims);
        Count(w, "chargebacks", r.Chargebacks);
        Count(w, "negativeFeedback", r.NegativeFeedback);
        w.WriteString("fulfillmentType", name);
        WriteJudgement(w, r);
        w.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter w, string name, MetricResult r, ReportingCalendar calendar, params (string Name, int Value)[] counts)
    {
        w.WriteStartObject(name);
        WriteReportingDateRange(w, r.Window, calendar);
        foreach ((string countName, int value) in counts)
        {
            w.WriteNumber(countName, value);
        }

        WriteJudgement(w, r);
        w.WriteEndObject();
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
