using System.Globalization;
using NodaTime;
using ScottPlot;
using SellerPolicy.Metrics;

namespace SellerPolicy.Reports;

/// <summary>
/// Draws one metric's chart (ScottPlot): the daily rate over the range, the target line, BAD days shaded and labelled, the
/// as-of day marked, and the forecast dashed to the day the metric is back on target; as PNG or SVG.
/// </summary>
/// <remarks>
/// Rates are drawn in percent. Days with nothing in the window (status NONE) are gaps in the line. A chart of a metric with
/// no figure on any day says so in its title instead of drawing an empty line. SVG text is XML-escaped by the renderer, so a
/// label holding markup stays text.
/// </remarks>
public static class MetricChart
{
    /// <summary>The default width in pixels.</summary>
    public const int DefaultWidth = 900;

    /// <summary>The default height in pixels.</summary>
    public const int DefaultHeight = 320;

    /// <summary>Returns the chart as an SVG document (without the XML declaration, ready to inline in HTML).</summary>
    /// <param name="data">What to draw.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <returns>The SVG text; its root has a <c>viewBox</c> so it scales.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 100 pixels.</exception>
    public static string ToSvg(MetricChartData data, int width = DefaultWidth, int height = DefaultHeight)
    {
        using Plot plot = Build(data, width, height);
        string svg = plot.GetSvgXml(width, height);
        int root = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = root > 0 ? svg[root..] : svg;
        string size = string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\"");
        return size + svg[4..];
    }

    /// <summary>Returns the chart as PNG bytes.</summary>
    /// <param name="data">What to draw.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 100 pixels.</exception>
    public static byte[] ToPng(MetricChartData data, int width = DefaultWidth, int height = DefaultHeight)
    {
        using Plot plot = Build(data, width, height);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Writes the chart to <paramref name="path"/> in <paramref name="format"/>.</summary>
    /// <param name="data">What to draw.</param>
    /// <param name="path">The file to write (replaced).</param>
    /// <param name="format">The format.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Save(MetricChartData data, string path, ChartFormat format, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (format == ChartFormat.Svg)
        {
            File.WriteAllText(path, ToSvg(data, width, height));
        }
        else
        {
            File.WriteAllBytes(path, ToPng(data, width, height));
        }
    }

    /// <summary>Returns the format a file name asks for (<c>.png</c> or <c>.svg</c>, any case), or null for another.</summary>
    /// <param name="path">The file name.</param>
    /// <returns>The format, or null.</returns>
    public static ChartFormat? FormatOf(string path)
        => Path.GetExtension(path ?? string.Empty).ToUpperInvariant() switch
        {
            ".PNG" => ChartFormat.Png,
            ".SVG" => ChartFormat.Svg,
            _ => null,
        };

    private static Plot Build(MetricChartData data, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (width < 100 || height < 100)
        {
            string field = width < 100 ? nameof(width) : nameof(height);
            throw new ArgumentOutOfRangeException(field, $"{field} must be at least 100 pixels, was {(width < 100 ? width : height)}.");
        }
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Color(ChartPalette.Ink);
        string target = data.Target.ToString();
        if (!data.HasData)
        {
            plot.HideAxesAndGrid();
            var message = plot.Add.Text($"{data.Label}: no orders in the window on any day of this range, nothing to draw", 0.5, 0.5);
            message.LabelFontSize = 14;
            message.LabelFontColor = ChartPalette.Ink;
            message.LabelAlignment = Alignment.MiddleCenter;
            plot.Axes.SetLimits(0, 1, 0, 1);
            return plot;
        }

        plot.Title($"{data.Label} (target {target})", 14);
        plot.YLabel("rate, %");
        DateTimeAxis(plot);

        AddBadDays(plot, data);
        AddRate(plot, data);
        var targetLine = plot.Add.HorizontalLine(data.Target.Value * 100, 2.5f, ChartPalette.Target, LinePattern.Solid);
        targetLine.LegendText = $"target {target}";
        targetLine.EnableAutoscale = true;
        AddForecast(plot, data);
        double top = YMax(data) * 1.12;
        if (data.AsOf is { } asOf)
        {
            var line = plot.Add.VerticalLine(X(asOf), 2f, ChartPalette.AsOf, LinePattern.Solid);
            line.LegendText = $"as of {Day(asOf)}";
            var label = plot.Add.Text($"as of {Day(asOf)}", X(asOf), top);
            label.LabelFontColor = Colors.White;
            label.LabelBackgroundColor = ChartPalette.AsOf;
            label.LabelFontSize = 11;
            label.LabelAlignment = Alignment.UpperLeft;
        }

        AddBadLabels(plot, data, top);
        plot.Axes.SetLimitsY(Math.Min(0, YMin(data)), top);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 11;
        return plot;
    }

    private static void DateTimeAxis(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    private static void AddBadDays(Plot plot, MetricChartData data)
    {
        bool first = true;
        foreach ((LocalDate from, LocalDate to) in Runs(data.Days, d => d.Status == MetricStatus.Bad))
        {
            var span = plot.Add.HorizontalSpan(X(from) - 0.5, X(to) + 0.5);
            span.FillStyle.Color = ChartPalette.Bad.WithAlpha(0.15);
            span.FillStyle.Hatch = new ScottPlot.Hatches.Striped(ScottPlot.Hatches.StripeDirection.DiagonalUp);
            span.FillStyle.HatchColor = ChartPalette.Bad.WithAlpha(0.6);
            span.LineStyle.Width = 0;
            span.LegendText = first ? "BAD days (shaded, labelled BAD, ▲ on the line)" : string.Empty;
            first = false;
        }
    }

    private static void AddBadLabels(Plot plot, MetricChartData data, double top)
    {
        foreach ((LocalDate from, LocalDate to) in Runs(data.Days, d => d.Status == MetricStatus.Bad))
        {
            var label = plot.Add.Text("BAD", X(from) - 0.5, top);
            label.LabelFontColor = Colors.White;
            label.LabelBackgroundColor = ChartPalette.Bad;
            label.LabelFontSize = 10;
            label.LabelBold = true;
            label.LabelAlignment = Alignment.UpperLeft;
        }
    }

    private static void AddRate(Plot plot, MetricChartData data)
    {
        bool first = true;
        foreach ((LocalDate from, LocalDate to) in Runs(data.Days, d => d.Denominator > 0))
        {
            MetricDay[] run = [.. data.Days.Where(d => d.Date >= from && d.Date <= to)];
            var line = plot.Add.ScatterLine(run.Select(d => X(d.Date)).ToArray(), run.Select(d => d.Rate * 100).ToArray(), ChartPalette.Rate);
            line.LineWidth = 2;
            line.LegendText = first ? "daily rate" : string.Empty;
            first = false;
            MetricDay[] bad = [.. run.Where(d => d.Status == MetricStatus.Bad)];
            if (bad.Length > 0 && bad.Length <= 120)
            {
                var markers = plot.Add.Markers(bad.Select(d => X(d.Date)).ToArray(), bad.Select(d => d.Rate * 100).ToArray(), MarkerShape.FilledTriangleUp, 6, ChartPalette.Bad);
                markers.LegendText = string.Empty;
            }
        }
    }

    private static void AddForecast(Plot plot, MetricChartData data)
    {
        MetricDay[] ahead = [.. data.Forecast.Where(d => d.Denominator > 0)];
        if (ahead.Length == 0)
        {
            return;
        }

        MetricDay? start = data.Days.LastOrDefault(d => d.Denominator > 0 && d.Date == data.AsOf);
        MetricDay[] points = start is { Denominator: > 0 } s ? [s, .. ahead] : ahead;
        string legend = data.GoodFrom is { } good
            ? $"forecast (dashed): back on target {Day(good)}"
            : $"forecast (dashed): not back on target by {Day(ahead[^1].Date)}";

        // Dashes drawn as day-long segments: the SVG renderer has no dash effect, so a line pattern would come out solid.
        for (int k = (points.Length - 1) % 2; k + 1 < points.Length; k += 2)
        {
            var dash = plot.Add.ScatterLine(
                new[] { X(points[k].Date), X(points[k + 1].Date) }, new[] { points[k].Rate * 100, points[k + 1].Rate * 100 }, ChartPalette.Forecast);
            dash.LineWidth = 3f;
            dash.LegendText = k <= 1 ? legend : string.Empty;
        }

        if (points.Length == 1)
        {
            plot.Add.Marker(X(points[0].Date), points[0].Rate * 100, MarkerShape.OpenCircle, 9, ChartPalette.Forecast).LegendText = legend;
        }

        if (data.GoodFrom is { } day && ahead.FirstOrDefault(d => d.Date == day) is { Denominator: > 0 } back)
        {
            plot.Add.Marker(X(back.Date), back.Rate * 100, MarkerShape.FilledCircle, 9, ChartPalette.Forecast).LegendText = string.Empty;
        }
    }

    /// <summary>Returns the runs of consecutive days that satisfy <paramref name="keep"/>.</summary>
    internal static IEnumerable<(LocalDate From, LocalDate To)> Runs(IEnumerable<MetricDay> days, Func<MetricDay, bool> keep)
    {
        LocalDate? from = null;
        LocalDate last = default;
        foreach (MetricDay day in days)
        {
            if (keep(day))
            {
                from ??= day.Date;
                last = day.Date;
            }
            else if (from is { } start)
            {
                yield return (start, last);
                from = null;
            }
        }

        if (from is { } open)
        {
            yield return (open, last);
        }
    }

    private static double YMax(MetricChartData data)
    {
        double max = data.Target.Value * 100;
        foreach (MetricDay d in data.Days.Concat(data.Forecast))
        {
            if (d.Denominator > 0)
            {
                max = Math.Max(max, d.Rate * 100);
            }
        }

        return max <= 0 ? 1 : max;
    }

    private static double YMin(MetricChartData data)
        => data.Target.LowerIsBetter ? 0 : Math.Min(data.Target.Value * 100, data.Days.Concat(data.Forecast).Where(d => d.Denominator > 0).Select(d => d.Rate * 100).DefaultIfEmpty(0).Min()) * 0.98;

    private static double X(LocalDate day) => day.ToDateTimeUnspecified().ToOADate();

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
