using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Marketplaces;

namespace SellerPolicy.Cli;

/// <summary>
/// The options several commands share, made fresh for each command, and the parsing of their values with
/// messages that name the option (bad values are usage errors, exit code 2).
/// </summary>
internal static class CliOptions
{
    public static Option<FileInfo?> Ledger(bool required = false) => new("--ledger")
    {
        Description = "The seller's ledger file (JSON Lines; see docs/ledger-format.md).",
        Required = required,
        HelpName = "FILE",
    };

    public static Option<bool> Sample() => new("--sample")
    {
        Description = "Use the built-in sample ledger (a year of a synthetic seller's orders) instead of --ledger.",
    };

    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Leave bad records out (each is listed on stderr and counted) instead of failing.",
    };

    public static Option<string?> Format(params string[] allowed)
    {
        string[] values = allowed.Length == 0 ? ["table", "json"] : allowed;
        var option = new Option<string?>("--format")
        {
            Description = $"Output format: {string.Join(", ", values)} (default: table on a terminal, json when redirected).",
            HelpName = string.Join("|", values),
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "The day to judge as of (YYYY-MM-DD in the policy's reporting zone; default: the day of the ledger's latest event).",
        HelpName = "DATE",
    };

    public static Option<string?> At() => new("--at")
    {
        Description = "The instant to judge at (ISO-8601 with offset, e.g. 2026-03-01T09:00:00Z; default: the ledger's latest event).",
        HelpName = "INSTANT",
    };

    public static Option<string?> Policy() => new("--policy")
    {
        Description = $"A built-in policy: {string.Join(", ", MarketplacePacks.Names)} (default: amazon, each version by its effective date; `sellerpolicy policies` lists them).",
        HelpName = "NAME",
    };

    public static Option<FileInfo?> PolicyFile() => new("--policy-file")
    {
        Description = "A JSON policy override (windows, lags, targets, switches); see docs/policies.md.",
        HelpName = "FILE",
    };

    public static OutputFormat ResolveFormat(string? value, CliConsole console)
        => value switch
        {
            "table" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            null => console.IsTerminal ? OutputFormat.Table : OutputFormat.Json,
            _ => throw CliException.Usage($"--format must be table, json or csv, was '{value}'."),
        };

    public static LocalDate ParseDate(string value, string option)
    {
        return IsoText.TryParseDate(value.Trim(), out LocalDate date) ? date : throw CliException.Usage($"{option} must be a date YYYY-MM-DD, was '{value}'.");
    }

    public static Instant ParseInstant(string value, string option)
    {
        string text = value.Trim();
        ParseResult<OffsetDateTime> result = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (result.Success)
        {
            return result.Value.ToInstant();
        }

        result = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>").Parse(text);
        return result.Success
            ? result.Value.ToInstant()
            : throw CliException.Usage($"{option} must be an ISO-8601 instant with an offset (e.g. 2026-03-01T09:00:00Z), was '{value}'.");
    }

    public static string FormatInstant(Instant value) => InstantPattern.ExtendedIso.Format(value);

    /// <summary>
    /// An instant as a seller reads it in a table: to the second, in UTC (<c>2025-12-10T23:59:59Z</c>). A deadline at the
    /// end of a day is its last instant, <c>23:59:59.999999999</c>; cut to the second it reads as the day's last second
    /// (the JSON keeps the exact instant).
    /// </summary>
    public static string FormatInstantToSecond(Instant value)
        => InstantPattern.General.Format(Instant.FromUnixTimeSeconds(value.ToUnixTimeSeconds()));

    public static string FormatDate(LocalDate value) => IsoText.Date(value);
}
