using NodaTime;

namespace SellerPolicy.Time;

/// <summary>
/// The instants during which a fact holds: from <see cref="Start"/> (included) until <see cref="End"/>
/// (excluded; null = still holds). A defect is such a fact: a negative feedback holds from its receipt until
/// its removal, a claim from its filing until its denial or reversal.
/// </summary>
/// <remarks>
/// "As of day D" the fact holds when its start is known and its end is not: <c>Start &lt; end of D</c> and
/// (<c>End</c> is null or <c>End ≥ end of D</c>). <see cref="End"/> is never before <see cref="Start"/>;
/// an empty span (<c>End == Start</c>) never holds.
/// </remarks>
public readonly record struct KnownSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">When the fact starts to hold.</param>
    /// <param name="end">When it stops holding; null when it still holds.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public KnownSpan(Instant start, Instant? end)
    {
        if (end is { } e && e < start)
        {
            throw new ArgumentException($"end ({e}) must not be before start ({start}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets when the fact starts to hold (included).</summary>
    public Instant Start { get; }

    /// <summary>Gets when the fact stops holding (excluded); null while it still holds.</summary>
    public Instant? End { get; }

    /// <summary>Returns whether the fact holds at the end of day <paramref name="asOf"/>.</summary>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <returns>True when the start is known and the end is not.</returns>
    public bool HoldsAsOf(ReportingCalendar calendar, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Instant endOfDay = calendar.EndOf(asOf);
        return Start < endOfDay && (End is not { } end || end >= endOfDay);
    }

    /// <summary>Returns whether the fact holds at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when <c>Start ≤ instant &lt; End</c>.</returns>
    public bool HoldsAt(Instant instant) => Start <= instant && (End is not { } end || instant < end);
}
