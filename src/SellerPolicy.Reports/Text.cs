using System.Globalization;
using System.Text.Encodings.Web;
using NodaTime;
using SellerPolicy.Metrics;

namespace SellerPolicy.Reports;

/// <summary>How the report spells values: dates, percentages, counts, and HTML encoding of every value.</summary>
internal static class Text
{
    public static string Date(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Percent(double rate) => (rate * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>HTML-encodes a value for element content or a quoted attribute.</summary>
    public static string Html(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    /// <summary>The status in words with a symbol, so it never rests on colour alone.</summary>
    public static string Status(MetricStatus status) => status switch
    {
        MetricStatus.Bad => "✖ BAD",
        MetricStatus.Good => "✔ GOOD",
        _ => "– NONE",
    };
}
