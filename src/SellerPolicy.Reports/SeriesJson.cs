using System.Text.Json;
using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Reports;

/// <summary>
/// The figures behind one chart as JSON, embedded in the report as <c>&lt;script type="application/json" id="series-ID"&gt;</c>
/// so that tools and tests can read them: <c>{"metric", "label", "target": {"value", "condition"}, "asOf", "days": [{"date",
/// "numerator", "denominator", "rate", "status"}], "forecast": [...], "goodFrom"}</c>.
/// </summary>
/// <remarks>The writer escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> (as <c>\u003C</c>…), so a label can never close the script element.</remarks>
public static class SeriesJson
{
    /// <summary>Returns the JSON of <paramref name="data"/>.</summary>
    /// <param name="data">The chart data.</param>
    /// <returns>The JSON text, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string Write(MetricChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("metric", data.Id.Value);
            w.WriteString("label", data.Label);
            w.WriteStartObject("target");
            w.WriteNumber("value", data.Target.Value);
            w.WriteString("condition", ConditionName(data.Target.Condition));
            w.WriteEndObject();
            WriteDate(w, "asOf", data.AsOf);
            WriteDays(w, "days", data.Days);
            WriteDays(w, "forecast", data.Forecast);
            WriteDate(w, "goodFrom", data.GoodFrom);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Returns the condition's JSON name: <c>lessThan</c>, <c>greaterThan</c>, <c>atMost</c> or <c>atLeast</c>.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The name.</returns>
    public static string ConditionName(TargetCondition condition) => condition switch
    {
        TargetCondition.LessThan => "lessThan",
        TargetCondition.GreaterThan => "greaterThan",
        TargetCondition.AtMost => "atMost",
        TargetCondition.AtLeast => "atLeast",
        _ => condition.ToString(),
    };

    private static void WriteDays(Utf8JsonWriter w, string name, IEnumerable<MetricDay> days)
    {
        w.WriteStartArray(name);
        foreach (MetricDay d in days)
        {
            w.WriteStartObject();
            w.WriteString("date", Text.Date(d.Date));
            w.WriteNumber("numerator", d.Numerator);
            w.WriteNumber("denominator", d.Denominator);
            w.WriteNumber("rate", d.Rate);
            w.WriteString("status", d.Status.ToReportName());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, LocalDate? day)
    {
        if (day is { } d)
        {
            w.WriteString(name, Text.Date(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
