using System.Text.Json.Serialization;
using NodaTime;

namespace SellerPolicy.Time;

/// <summary>An inclusive range of calendar days <c>[From, To]</c>, such as a metric's 60-day window.</summary>
/// <remarks>
/// Both ends belong to the window. <see cref="From"/> is never after <see cref="To"/>; the constructor
/// checks it. A "60-day window ending at T" is <c>[T-59, T]</c>: see <see cref="Ending(LocalDate, int)"/>.
/// Equality compares both ends. The default value is the single day 0001-01-01... and is not meaningful.
/// </remarks>
public readonly record struct DayWindow
{
    /// <summary>Creates the window <c>[from, to]</c>.</summary>
    /// <param name="from">The first day, included.</param>
    /// <param name="to">The last day, included.</param>
    /// <exception cref="ArgumentException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    [JsonConstructor]
    public DayWindow(LocalDate from, LocalDate to)
    {
        if (from > to)
        {
            throw new ArgumentException($"from ({from:uuuu-MM-dd}) must not be after to ({to:uuuu-MM-dd}).", nameof(from));
        }

        From = from;
        To = to;
    }

    /// <summary>Gets the first day, included.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day, included.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the number of days in the window (at least 1).</summary>
    public int Days => Period.DaysBetween(From, To) + 1;

    /// <summary>Returns the window of <paramref name="days"/> days whose last day is <paramref name="to"/>: <c>[to-(days-1), to]</c>.</summary>
    /// <param name="to">The last day.</param>
    /// <param name="days">The length in days; positive.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is not positive.</exception>
    public static DayWindow Ending(LocalDate to, int days)
    {
        if (days <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), $"days must be positive, was {days}.");
        }

        return new DayWindow(to.PlusDays(-(days - 1)), to);
    }

    /// <summary>Returns whether <paramref name="day"/> lies in the window (both ends included).</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when <c>From ≤ day ≤ To</c>.</returns>
    public bool Contains(LocalDate day) => day >= From && day <= To;

    /// <summary>Returns every day of the window in order.</summary>
    /// <returns>The days from <see cref="From"/> to <see cref="To"/>.</returns>
    public IEnumerable<LocalDate> EnumerateDays()
    {
        for (LocalDate d = From; d <= To; d = d.PlusDays(1))
        {
            yield return d;
        }
    }

    /// <summary>Returns the window shifted by <paramref name="days"/> days.</summary>
    /// <param name="days">Days to move (negative: earlier).</param>
    /// <returns>A new window of the same length.</returns>
    public DayWindow PlusDays(int days) => new(From.PlusDays(days), To.PlusDays(days));

    /// <summary>Formats as <c>[2026-01-01, 2026-03-01]</c>.</summary>
    public override string ToString() => $"[{From:uuuu-MM-dd}, {To:uuuu-MM-dd}]";
}
