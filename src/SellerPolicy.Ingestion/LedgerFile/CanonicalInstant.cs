using System.Numerics;
using System.Runtime.CompilerServices;
using NodaTime;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// Reads the one instant form the ledger writer emits, <c>uuuu-MM-ddTHH:mm:ss[.f{1,9}]Z</c>, from UTF-16 or UTF-8 text
/// with digits read by hand and no allocation.
/// </summary>
/// <remarks>
/// Anything else (another offset, a comma, an out-of-range field) is declined, and the caller falls back to the NodaTime
/// patterns, which accept or reject it. This path only ever accepts text those patterns accept, with the same value
/// (checked by <c>CanonicalInstantProperties</c> in the tests).
/// </remarks>
internal static class CanonicalInstant
{
    /// <summary>Parses <paramref name="s"/> when it is in the canonical UTC form.</summary>
    /// <typeparam name="TChar">char (UTF-16) or byte (UTF-8).</typeparam>
    /// <param name="s">The text.</param>
    /// <param name="instant">The instant, when the text is canonical.</param>
    /// <returns>Whether the text was canonical and valid.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse<TChar>(ReadOnlySpan<TChar> s, out Instant instant)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        instant = default;
        int n = s.Length;
        if (n < 20 || n == 21 || n > 30 || !Is(s[n - 1], 'Z') || !Is(s[4], '-') || !Is(s[7], '-') || !Is(s[10], 'T')
            || !Is(s[13], ':') || !Is(s[16], ':')
            || !Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || !Digits(s, 11, 2, out int hour) || !Digits(s, 14, 2, out int minute) || !Digits(s, 17, 2, out int second))
        {
            return false;
        }

        long nanos = 0;
        if (n > 20)
        {
            int digits = n - 21;
            if (!Is(s[19], '.') || !Digits(s, 20, digits, out int fraction))
            {
                return false;
            }

            nanos = fraction;
            for (int i = digits; i < 9; i++)
            {
                nanos *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        long seconds = (DaysSinceUnixEpoch(year, month, day) * 86_400L) + (hour * 3_600L) + (minute * 60L) + second;
        instant = Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos);
        return true;
    }

    /// <summary>Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long DaysSinceUnixEpoch(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - (era * 400);
        int dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097L) + dayOfEra - 719_468L;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Is<TChar>(TChar c, char expected)
        where TChar : unmanaged, IBinaryInteger<TChar>
        => int.CreateTruncating(c) == expected;

    private static bool Digits<TChar>(ReadOnlySpan<TChar> s, int start, int count, out int value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            int digit = int.CreateTruncating(s[i]) - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
