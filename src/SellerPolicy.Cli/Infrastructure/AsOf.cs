using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Cli;

/// <summary>The as-of day and instant defaults: the day (or instant) of the ledger's latest event, so an old file gives a meaningful answer.</summary>
internal static class AsOf
{
    /// <summary>
    /// Resolves <c>--as-of</c>; refuses (bad input, exit 1) a day so far past the ledger's latest event that every
    /// metric window is empty: its dashboard would say NONE everywhere, which reads as "all is well".
    /// </summary>
    public static LocalDate Day(string? option, SellerLedger ledger, PolicyTimeline timeline)
    {
        if (option is not null)
        {
            LocalDate day = CliOptions.ParseDate(option, "--as-of");
            if (ledger.LatestInstant() is { } last)
            {
                MarketplacePolicy policy = timeline.For(day);
                LocalDate lastDay = policy.Reporting.DayOf(last);
                int reach = policy.Metrics.Count == 0 ? 0 : policy.Metrics.Max(m => Period.DaysBetween(m.WindowOf(day).From, day) + 1);
                int after = Period.DaysBetween(lastDay, day);
                if (after > reach)
                {
                    throw CliException.Input(
                        $"--as-of {CliOptions.FormatDate(day)} is {after:N0} days after the ledger's latest event ({CliOptions.FormatDate(lastDay)}): every metric window "
                        + $"(the longest reaches {reach} days back) would be empty and every status NONE. Give a day up to {CliOptions.FormatDate(lastDay.PlusDays(reach))}, or a newer ledger.");
                }
            }

            return day;
        }

        Instant latest = ledger.LatestInstant() ?? throw CliException.Input("the ledger is empty: give --as-of DATE.");
        return timeline.Latest.Reporting.DayOf(latest);
    }

    public static Instant Instant(string? option, SellerLedger ledger)
    {
        if (option is not null)
        {
            return CliOptions.ParseInstant(option, "--at");
        }

        return ledger.LatestInstant() ?? throw CliException.Input("the ledger is empty: give --at INSTANT.");
    }
}
