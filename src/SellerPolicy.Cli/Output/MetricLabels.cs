using SellerPolicy.Metrics;

namespace SellerPolicy.Cli;

/// <summary>Metric names in the seller's words, for tables.</summary>
internal static class MetricLabels
{
    public static string Of(MetricKind kind) => kind switch
    {
        MetricKind.OrderDefectRateMfn => "Order Defect Rate, MFN",
        MetricKind.OrderDefectRateAfn => "Order Defect Rate, FBA",
        MetricKind.PreFulfillmentCancellationRate => "Pre-fulfilment cancellation",
        MetricKind.LateShipmentRate => "Late shipment, 30 days",
        MetricKind.LateShipmentRate10Day => "Late shipment, 10 days",
        MetricKind.ValidTrackingRate => "Valid tracking",
        MetricKind.OnTimeDeliveryRate => "On-time delivery",
        MetricKind.ReturnDissatisfactionRate => "Return dissatisfaction",
        _ => kind.ToReportName(),
    };

    public static string StatusMarkup(MetricStatus status) => status switch
    {
        MetricStatus.Good => "[green]GOOD[/]",
        MetricStatus.Bad => "[bold red]BAD[/]",
        _ => "[grey]NONE[/]",
    };

    public static string Percent(double rate) => (rate * 100).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static string Window(SellerPolicy.Time.DayWindow window)
        => window.From.Year == window.To.Year
            ? $"{CliOptions.FormatDate(window.From)} → {window.To:MM'-'dd}"
            : $"{CliOptions.FormatDate(window.From)} → {CliOptions.FormatDate(window.To)}";
}
