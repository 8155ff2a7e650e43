using NodaTime;
using SellerPolicy.Metrics;
using SellerPolicy.Time;

namespace SellerPolicy.Cli;

/// <summary>
/// A metric's trend in one line of text for the terminal: one block character per two days (their mean rate; ▁ lowest …
/// █ highest of the days shown), a space where neither day has anything in the window (NONE).
/// </summary>
internal static class Sparkline
{
    /// <summary>How many days the health table's trend covers.</summary>
    public const int Days = 60;

    /// <summary>How many days one character stands for.</summary>
    public const int DaysPerCharacter = 2;

    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>Returns the sparkline of <paramref name="rates"/> (null: no figure that day).</summary>
    public static string Of(IReadOnlyList<double?> rates)
    {
        double[] known = [.. rates.OfType<double>()];
        if (known.Length == 0)
        {
            return new string(' ', rates.Count);
        }

        double low = known.Min();
        double span = known.Max() - low;
        var text = new char[rates.Count];
        for (int i = 0; i < rates.Count; i++)
        {
            text[i] = rates[i] is { } rate
                ? Blocks[span <= 0 ? 0 : (int)Math.Round((rate - low) / span * (Blocks.Length - 1))]
                : ' ';
        }

        return new string(text);
    }

    /// <summary>Returns each metric's sparkline over the <see cref="Days"/> days ending on <paramref name="asOf"/>, by id.</summary>
    public static IReadOnlyDictionary<MetricId, string> Trends(AccountHealthEngine engine, LocalDate asOf)
    {
        AccountHealthSnapshot[] days = [.. engine.Series(DayWindow.Ending(asOf, Days)).SnapshotsWithoutOrderIds()];
        return engine.Metrics.ToDictionary(
            m => m.Id,
            m => Of(Pairs([.. days.Select(d => d[m.Id] is { Status: not MetricStatus.None } r ? r.Rate : (double?)null)])));
    }

    /// <summary>The mean of each <see cref="DaysPerCharacter"/> consecutive days' known rates (null when none is known).</summary>
    internal static double?[] Pairs(double?[] rates)
    {
        var means = new double?[(rates.Length + DaysPerCharacter - 1) / DaysPerCharacter];
        for (int i = 0; i < means.Length; i++)
        {
            double[] known = [.. rates.Skip(i * DaysPerCharacter).Take(DaysPerCharacter).OfType<double>()];
            means[i] = known.Length == 0 ? null : known.Average();
        }

        return means;
    }
}
