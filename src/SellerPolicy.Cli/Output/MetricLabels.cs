using System.Globalization;
using System.Text;
using SellerPolicy.Marketplaces.Ebay;
using SellerPolicy.Metrics;

namespace SellerPolicy.Cli;

/// <summary>Metric names, statuses and numbers in the seller's words, for tables: one number format everywhere.</summary>
internal static class MetricLabels
{
    /// <summary>The label of one of Amazon's metrics (every result carries its own: <see cref="MetricResult.Label"/>).</summary>
    public static string Of(MetricKind kind) => kind.Label();

    public static string StatusMarkup(MetricStatus status) => status switch
    {
        MetricStatus.Good => "[green]GOOD[/]",
        MetricStatus.Bad => "[bold red]BAD[/]",
        _ => "[grey]NONE[/]",
    };

    public static string Percent(double rate) => (rate * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A count as every table prints it: with thousands separators (<c>9,635</c>), never <c>9635</c> beside it.</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count as every table prints it (see <see cref="Count(int)"/>).</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary><c>numerator / denominator</c>, both in the one number format.</summary>
    public static string Fraction(MetricResult metric) => $"{Count(metric.Numerator)} / {Count(metric.Denominator)}";

    public static string Window(SellerPolicy.Time.DayWindow window)
        => window.From.Year == window.To.Year
            ? $"{CliOptions.FormatDate(window.From)} → {window.To:MM'-'dd}"
            : $"{CliOptions.FormatDate(window.From)} → {CliOptions.FormatDate(window.To)}";

    /// <summary>The component counts of a metric beyond its numerator and denominator, in words (<c>claims 5 · negative feedback 9</c>); empty when it has none.</summary>
    /// <remarks>An eBay rate shows the counts of the period it judged (3 or 12 months), named without the period.</remarks>
    public static string Components(MetricResult metric)
    {
        IEnumerable<(string Name, int Count)> shown = metric.Components.Where(c => c.Role == CountSlotRole.Component).Select(c => (c.Name, c.Count));
        if (metric is EbayRateResult ebay)
        {
            string period = ebay.Lookback == EbayLookback.ThreeMonths ? "3Months" : "12Months";
            shown = metric.Components.Where(c => c.Name.EndsWith(period, StringComparison.Ordinal)).Select(c => (c.Name[..^period.Length], c.Count));
        }

        return string.Join(" · ", shown.Select(c => $"{Shown(c.Name)} {Count(c.Count)}"));
    }

    /// <summary>A component's name as the table shows it: in words, without a trailing "count" (<c>lateResponseCount</c> → <c>late response</c>).</summary>
    public static string Shown(string name)
    {
        string words = Words(name);
        return words.EndsWith(" count", StringComparison.Ordinal) ? words[..^" count".Length] : words;
    }

    /// <summary>A count's camel-case name in words: <c>negativeFeedback</c> → <c>negative feedback</c>.</summary>
    public static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && ((char.IsUpper(c) && !char.IsUpper(name[i - 1])) || (char.IsAsciiDigit(c) && char.IsAsciiLetter(name[i - 1]))))
            {
                text.Append(' ');
            }

            text.Append(i > 0 && char.IsUpper(c) && (i + 1 >= name.Length || !char.IsUpper(name[i + 1])) ? char.ToLowerInvariant(c) : c);
        }

        return text.ToString();
    }
}
