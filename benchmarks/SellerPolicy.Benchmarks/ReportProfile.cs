using System.Diagnostics;
using NodaTime;
using SellerPolicy.Deadlines;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Reports;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// Times the steps of one report on the cached ledger of N orders, three rounds in one process (diagnosis, not a benchmark:
/// <c>profile-report N</c>): each step from the report's own progress callback, then the HTML, then the open deadlines alone.
/// </summary>
internal static class ReportProfile
{
    public static void Run(int orders, TextWriter output)
    {
        SellerLedger ledger = LedgerCache.Load(orders);
        PolicyTimeline timeline = AmazonPolicies.Timeline;
        LocalDate asOf = timeline.Latest.Reporting.DayOf(ledger.LatestInstant()!.Value);
        for (int round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            string? step = null;
            var steps = new List<string>();
            void Next(string name)
            {
                if (step is not null)
                {
                    steps.Add($"{step} {watch.Elapsed.TotalSeconds:N3} s");
                }

                step = name;
                watch.Restart();
            }

            AccountHealthReport report = AccountHealthReport.Build(ledger, timeline, asOf, ReportOptions.Default with { Progress = Next });
            Next("html");
            int chars = HtmlReport.Render(report).Length;
            Next("end");
            watch.Restart();
            Instant at = timeline.Latest.Reporting.EndOf(asOf) - Duration.Epsilon;
            int open = SellerObligations.Open(ledger, at, timeline).Items.Length;
            steps.Add($"SellerObligations.Open alone {watch.Elapsed.TotalSeconds:N3} s ({open} open)");
            output.WriteLine($"round {round}: {string.Join("; ", steps)}; {chars:N0} characters of HTML");
        }
    }
}
