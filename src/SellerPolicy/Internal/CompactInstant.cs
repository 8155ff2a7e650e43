using NodaTime;

namespace SellerPolicy.Internal;

/// <summary>
/// Packs an <see cref="Instant"/> (16 bytes) into a <see cref="long"/> of nanoseconds since the Unix epoch (8 bytes), exactly,
/// when it lies within about 290 years of 1970; callers keep the instants that do not fit some other way.
/// </summary>
internal static class CompactInstant
{
    /// <summary>The most whole days from the epoch (either side) that are packed: 106,000 days of nanoseconds fit in a long.</summary>
    public const int MaxDays = 106_000;

    /// <summary>Returns whether <paramref name="instant"/> fits, and its nanoseconds since the Unix epoch when it does.</summary>
    public static bool TryPack(Instant instant, out long nanoseconds)
    {
        Duration sinceEpoch = instant - NodaConstants.UnixEpoch;
        // Days * NanosecondsPerDay + NanosecondOfDay is the exact total; with |Days| <= MaxDays it is within
        // (MaxDays + 1) days of nanoseconds, about 9.16e18, below long.MaxValue (9.22e18).
        int days = sinceEpoch.Days;
        if (days is < -MaxDays or > MaxDays)
        {
            nanoseconds = 0;
            return false;
        }

        nanoseconds = (days * NodaConstants.NanosecondsPerDay) + sinceEpoch.NanosecondOfDay;
        return true;
    }

    /// <summary>Returns the instant <paramref name="nanoseconds"/> after the Unix epoch (a value made by <see cref="TryPack"/>).</summary>
    public static Instant Unpack(long nanoseconds) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds);
}
