using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SellerPolicy.Deadlines;
using SellerPolicy.Metrics;
using SellerPolicy.Returns;

namespace SellerPolicy.Reports;

/// <summary>
/// Renders an <see cref="AccountHealthReport"/> as one self-contained HTML file: no external scripts, styles, fonts or
/// requests, so it works opened from disk and can be mailed as it is.
/// </summary>
/// <remarks>
/// <para>Sections: a header (seller, marketplace, policy version, as-of day); one card per metric (value, target, status,
/// window, count) with its chart as inline SVG and its figures as <c>&lt;script type="application/json"
/// id="series-ID"&gt;</c> (<see cref="SeriesJson"/>); the orders hurting each BAD metric with why and the day each stops
/// counting; the forecast; the open deadlines, soonest first; the returnless simulation when rules were given.</para>
/// <para>Every value taken from the data (ids, SKUs, categories, buyers' words, labels) is HTML-encoded, and the SVG's text is
/// XML-escaped, so a value holding markup is shown as text. A ledger without orders gets a notice instead of empty charts.</para>
/// </remarks>
public static class HtmlReport
{
    /// <summary>Returns the report as HTML text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(AccountHealthReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Writes the report as HTML to <paramref name="output"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AccountHealthReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var h = new StringBuilder(64 * 1024);
        string title = $"Account health of {report.Seller} as of {Text.Date(report.AsOf)}";
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Text.Html(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        Header(h, report);
        h.Append("<main>\n");
        if (report.OrderCount == 0)
        {
            h.Append("<p class=\"notice\" id=\"no-orders\">The ledger has no orders: there is nothing to judge or draw. ")
                .Append("Every metric is NONE until orders are recorded.</p>\n");
        }

        Cards(h, report);
        Hurting(h, report);
        Forecast(h, report);
        Deadlines(h, report);
        Returnless(h, report);
        h.Append("</main>\n<footer>Made by sellerpolicy from the seller's own ledger; every figure is what the marketplace would have shown as of the day. ")
            .Append("This file holds everything it shows and asks for nothing from the network.</footer>\n</body>\n</html>\n");
        output.Write(h.ToString());
    }

    private static void Header(StringBuilder h, AccountHealthReport r)
    {
        MetricStatus overall = r.Snapshot.OverallStatus;
        h.Append("<header>\n<h1>Account health: ").Append(Text.Html(r.Seller)).Append("</h1>\n<dl class=\"facts\">")
            .Append(Fact("Marketplace", r.Marketplace))
            .Append(Fact("Policy version", r.Policy.Version))
            .Append(Fact("As of", Text.Date(r.AsOf)))
            .Append(Fact("Charts from", $"{Text.Date(r.Range.From)} to {Text.Date(r.Range.To)} ({r.Range.Days} days)"))
            .Append(Fact("Orders in the ledger", Text.Count(r.OrderCount)))
            .Append("<div><dt>Overall</dt><dd><span class=\"badge ").Append(StatusClass(overall)).Append("\" id=\"overall\">")
            .Append(Text.Html(Text.Status(overall))).Append("</span></dd></div>")
            .Append("</dl>\n</header>\n");
    }

    private static void Cards(StringBuilder h, AccountHealthReport r)
    {
        h.Append("<section id=\"metrics\">\n<h2>Metrics</h2>\n<div class=\"cards\">\n");
        for (int i = 0; i < r.Snapshot.Metrics.Length; i++)
        {
            MetricResult m = r.Snapshot.Metrics[i];
            MetricChartData chart = r.Charts[i];
            string id = Text.Html(m.Id.Value);
            h.Append("<article class=\"metric-card ").Append(StatusClass(m.Status)).Append("\" id=\"card-").Append(id)
                .Append("\" data-metric=\"").Append(id).Append("\" data-status=\"").Append(m.Status.ToReportName()).Append("\">\n")
                .Append("<h3>").Append(Text.Html(m.Label)).Append(" <span class=\"badge ").Append(StatusClass(m.Status)).Append("\">")
                .Append(Text.Html(Text.Status(m.Status))).Append("</span></h3>\n<dl class=\"figures\">")
                .Append(Fact("Value", m.Status == MetricStatus.None ? "-" : Text.Percent(m.Rate)))
                .Append(Fact("Target", m.Target.ToString()))
                .Append(Fact("Window", $"{Text.Date(m.Window.From)} to {Text.Date(m.Window.To)}"))
                .Append(Fact("Count", $"{Text.Count(m.Numerator)} of {Text.Count(m.Denominator)}"))
                .Append(Fact("Hurting orders", Text.Count(m.OrderIds.Length)))
                .Append("</dl>\n<figure class=\"chart\">");
            if (r.OrderCount > 0 && chart.HasData)
            {
                h.Append(MetricChart.ToSvg(chart));
                h.Append("<figcaption>").Append(Text.Html(Caption(chart))).Append("</figcaption>");
            }
            else
            {
                h.Append("<p class=\"empty\">No orders in this metric's window on any day from ")
                    .Append(Text.Date(r.Range.From)).Append(" to ").Append(Text.Date(r.Range.To)).Append(": nothing to draw.</p>");
            }

            h.Append("</figure>\n<script type=\"application/json\" id=\"series-").Append(id).Append("\">")
                .Append(SeriesJson.Write(chart)).Append("</script>\n</article>\n");
        }

        h.Append("</div>\n</section>\n");
    }

    private static string Caption(MetricChartData chart)
    {
        string bad = chart.BadDayCount == 0 ? "no BAD day in the range" : $"{chart.BadDayCount} BAD days in the range (shaded, labelled BAD, ▲ on the line)";
        string ahead = chart.Forecast.IsEmpty ? string.Empty
            : chart.GoodFrom is { } good ? $"; forecast (dashed): back on target {Text.Date(good)}"
            : "; forecast (dashed): not back on target within the horizon";
        return $"Daily rate with the target (black line); {bad}; the as-of day labelled{ahead}.";
    }

    private static void Hurting(StringBuilder h, AccountHealthReport r)
    {
        h.Append("<section id=\"hurting\">\n<h2>Orders behind bad metrics</h2>\n");
        if (r.Hurting.Count == 0)
        {
            h.Append("<p>No metric is BAD as of ").Append(Text.Date(r.AsOf)).Append(".</p>\n</section>\n");
            return;
        }

        foreach (MetricResult m in r.Snapshot.Metrics.Where(m => r.Hurting.ContainsKey(m.Id)))
        {
            ImmutableArray<HurtingOrder> orders = r.Hurting[m.Id];
            h.Append("<h3 id=\"hurting-").Append(Text.Html(m.Id.Value)).Append("\">").Append(Text.Html(m.Label)).Append(": ")
                .Append(Text.Count(m.OrderIds.Length)).Append(m.OrderIds.Length == 1 ? " order" : " orders").Append("</h3>\n");
            if (orders.Length < m.OrderIds.Length)
            {
                h.Append("<p class=\"note\">The first ").Append(Text.Count(orders.Length)).Append(" are explained below; ")
                    .Append(Text.Count(m.OrderIds.Length - orders.Length)).Append(" more are left out here (<code>sellerpolicy health --format json</code> names them all).</p>\n");
            }

            h.Append("<table class=\"orders\">\n<thead><tr><th>Order</th><th>Why it counts</th><th>SKU (category)</th><th>Buyer's reason</th><th>Stops counting on</th></tr></thead>\n<tbody>\n");
            foreach (HurtingOrder o in orders)
            {
                h.Append("<tr><td>").Append(Text.Html(o.OrderId.Value)).Append("</td><td>").Append(Text.Html(string.Join(", ", o.Why)))
                    .Append("</td><td>").Append(Text.Html(string.Join(", ", o.Skus))).Append("</td><td>").Append(Text.Html(string.Join("; ", o.BuyerReasons)))
                    .Append("</td><td>").Append(o.StopsCountingOn is { } d ? Text.Date(d) : "not within " + HurtingOrders.Reach + " days").Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        }

        h.Append("</section>\n");
    }

    private static void Forecast(StringBuilder h, AccountHealthReport r)
    {
        AccountHealthForecast f = r.Forecast;
        h.Append("<section id=\"forecast\">\n<h2>Forecast</h2>\n<p class=\"note\">Assumption: ").Append(Text.Html(f.Assumption)).Append(".</p>\n")
            .Append("<table>\n<thead><tr><th>Metric</th><th>Now</th><th>Status</th><th>Back on target</th><th>Defects it can absorb</th><th>Clean orders needed</th></tr></thead>\n<tbody>\n");
        foreach (MetricForecast m in f.Metrics)
        {
            string label = r.Policy.Metrics.TryGet(m.Id, out Metric? metric) ? metric.Label : m.Id.Value;
            string back = m.CurrentStatus != MetricStatus.Bad ? "-"
                : m.GoodFrom is { } good ? Text.Date(good)
                : $"not within {f.Assumptions.HorizonDays} days";
            h.Append("<tr><td>").Append(Text.Html(label)).Append("</td><td>").Append(m.CurrentStatus == MetricStatus.None ? "-" : Text.Percent(m.CurrentRate))
                .Append("</td><td><span class=\"badge ").Append(StatusClass(m.CurrentStatus)).Append("\">").Append(Text.Html(Text.Status(m.CurrentStatus)))
                .Append("</span></td><td>").Append(Text.Html(back)).Append("</td><td>").Append(m.DefectsAbsorbable is { } a ? Text.Count(a) : "-")
                .Append("</td><td>").Append(m.CleanOrdersNeeded is { } c ? Text.Count(c) : "-").Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Deadlines(StringBuilder h, AccountHealthReport r)
    {
        OpenObligations open = r.Deadlines;
        h.Append("<section id=\"deadlines\">\n<h2>Open deadlines</h2>\n");
        if (open.Items.IsEmpty)
        {
            h.Append("<p>No open obligation at ").Append(Text.Html(open.At.ToString())).Append(".</p>\n</section>\n");
            return;
        }

        h.Append("<p class=\"note\">At ").Append(Text.Html(open.At.ToString())).Append(", soonest due first; ")
            .Append(Text.Count(open.OverdueCount)).Append(" overdue.</p>\n<table>\n<thead><tr><th>Due</th><th>What</th><th>Order</th><th>If missed</th><th>Rule</th></tr></thead>\n<tbody>\n");
        foreach (SellerObligation o in open.Items.OrderBy(o => o.DueAt))
        {
            bool overdue = open.IsOverdue(o);
            h.Append(overdue ? "<tr class=\"overdue\">" : "<tr>").Append("<td>").Append(Text.Html(o.DueAt.ToString())).Append(overdue ? " <strong>(overdue)</strong>" : string.Empty)
                .Append("</td><td>").Append(Text.Html(o.Subject)).Append("</td><td>").Append(Text.Html(o.OrderId?.Value ?? "-"))
                .Append("</td><td>").Append(Text.Html(o.IfMissed)).Append("</td><td>").Append(Text.Html(o.Rule)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Returnless(StringBuilder h, AccountHealthReport r)
    {
        if (r.Returnless is not { } simulation)
        {
            return;
        }

        h.Append("<section id=\"returnless\">\n<h2>Returnless refunds: simulation on past returns</h2>\n<table>\n<thead><tr><th></th>");
        foreach (ReturnlessCandidate c in simulation.Candidates)
        {
            h.Append("<th>").Append(Text.Html(c.Name)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        void Row(string label, Func<ReturnlessTotals, string> value)
        {
            h.Append("<tr><th scope=\"row\">").Append(Text.Html(label)).Append("</th>");
            foreach (ReturnlessCandidate c in simulation.Candidates)
            {
                h.Append("<td>").Append(Text.Html(value(c.Totals))).Append("</td>");
            }

            h.Append("</tr>\n");
        }

        Row("return requests", t => Text.Count(t.Requests));
        Row("returnless", t => Text.Count(t.Returnless));
        Row("return required", t => Text.Count(t.RequireReturn));
        Row("manual review", t => Text.Count(t.ManualReview));
        Row("refunded without return", t => t.RefundedWithoutReturn.ToString());
        Row("return costs avoided", t => t.ReturnCostAvoided.ToString());
        Row("value given away", t => t.ValueGivenAway.ToString());
        Row("recovery forgone", t => t.RecoveryForgone.ToString());
        Row("net (avoided - forgone)", t => t.Net.ToString());
        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Fact(string name, string value)
        => "<div><dt>" + Text.Html(name) + "</dt><dd>" + Text.Html(value) + "</dd></div>";

    private static string StatusClass(MetricStatus status) => status switch
    {
        MetricStatus.Bad => "status-bad",
        MetricStatus.Good => "status-good",
        _ => "status-none",
    };

    private const string Style = """
        :root{--ink:#222;--bad:#D55E00;--good:#0072B2;--none:#777;--line:#ddd}
        *{box-sizing:border-box}
        body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:var(--ink);margin:0;padding:1.5rem;background:#fafafa;line-height:1.4}
        header,main,footer{max-width:1200px;margin:0 auto}
        h1{margin:0 0 .5rem}
        dl.facts,dl.figures{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.5rem 0}
        dl div{min-width:8rem} dt{font-size:.8rem;color:#555} dd{margin:0;font-weight:bold}
        .cards{display:grid;grid-template-columns:1fr;gap:1rem}
        .metric-card{background:#fff;border:1px solid var(--line);border-left:.6rem solid var(--none);padding:1rem;border-radius:4px}
        .metric-card.status-bad{border-left:.6rem dashed var(--bad)}
        .metric-card.status-good{border-left:.6rem solid var(--good)}
        .badge{display:inline-block;padding:.1rem .5rem;border-radius:3px;font-size:.85rem;border:2px solid currentColor}
        .badge.status-bad{color:#fff;background:var(--bad);border-style:dashed;border-color:#000}
        .badge.status-good{color:var(--good)}
        .badge.status-none{color:var(--none)}
        figure.chart{margin:.5rem 0}
        figure.chart svg{width:100%;height:auto;max-width:900px;display:block}
        figcaption{font-size:.85rem;color:#444}
        .empty,.notice{padding:1rem;border:2px dashed var(--none);background:#fff}
        .notice{font-weight:bold;border-color:var(--bad)}
        table{border-collapse:collapse;background:#fff;margin:.5rem 0 1rem;font-size:.9rem}
        th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
        tr.overdue td{background:#fde9dc}
        .note{font-size:.9rem;color:#444}
        footer{margin-top:2rem;font-size:.8rem;color:#555}
        """;
}
