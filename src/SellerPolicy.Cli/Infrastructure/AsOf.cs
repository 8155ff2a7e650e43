using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Cli;

/// <summary>The as-of day and instant defaults: the day (or instant) of the ledger's latest event, so an old file gives a meaningful answer.</summary>
internal static class AsOf
{
    public static LocalDate Day(string? option, SellerLedger ledger, PolicyTimeline timeline)
    {
        if (option is not null)
        {
            return CliOptions.ParseDate(option, "--as-of");
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
