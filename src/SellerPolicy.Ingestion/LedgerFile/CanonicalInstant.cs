using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// <summary>The first year whose dates are counted by the short path of <see cref="TryCompose"/>.</summary>
    private const int FirstShortYear = 1970;

    /// <summary>The last year whose dates are counted by the short path (every year from 1901 to 2099 divisible by 4 is leap).</summary>
    private const int LastShortYear = 2099;

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

        return TryCompose(year, month, day, hour, minute, second, nanos, out instant);
    }

    /// <summary>
    /// Parses UTF-8 <paramref name="s"/> when it is in the canonical UTC form, as <see cref="TryParse{TChar}"/> does, but
    /// reading the fixed part eight bytes at a time (the fast path of <see cref="FastRecordParser"/>, eight instants an order).
    /// </summary>
    /// <param name="s">The UTF-8 text.</param>
    /// <param name="instant">The instant, when the text is canonical.</param>
    /// <returns>Whether the text was canonical and valid.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseUtf8(ReadOnlySpan<byte> s, out Instant instant)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return TryParse(s, out instant);
        }

        instant = default;
        int n = s.Length;
        if (n < 20 || n == 21 || n > 30 || s[n - 1] != (byte)'Z')
        {
            return false;
        }

        // "uuuu-MM-" "ddTHH:mm" ":ss" + the byte after the seconds; byte i of a word is bits 8i..8i+7.
        ulong date = MemoryMarshal.Read<ulong>(s);
        ulong time = MemoryMarshal.Read<ulong>(s[8..]);
        ulong seconds = MemoryMarshal.Read<uint>(s[16..]);
        const ulong DateDigits = 0x00FF_FF00_FFFF_FFFFUL;
        const ulong TimeDigits = 0xFFFF_00FF_FF00_FFFFUL;
        const ulong SecondDigits = 0x00FF_FF00UL;
        if ((date & ~DateDigits) != 0x2D00_002D_0000_0000UL // '-' at 4 and 7
            || (time & ~TimeDigits) != 0x0000_3A00_0054_0000UL // 'T' at 10, ':' at 13
            || (seconds & 0xFFUL) != 0x3AUL // ':' at 16
            || !AreDigits(date, DateDigits) || !AreDigits(time, TimeDigits) || !AreDigits(seconds, SecondDigits))
        {
            return false;
        }

        // Digit values (separators cleared), then each byte and the next as a two-digit number in the first's place.
        ulong datePairs = Pairs((date & DateDigits) - (DateDigits & 0x3030_3030_3030_3030UL));
        ulong timePairs = Pairs((time & TimeDigits) - (TimeDigits & 0x3030_3030_3030_3030UL));
        ulong secondPairs = Pairs((seconds & SecondDigits) - (SecondDigits & 0x3030_3030_3030_3030UL));
        int year = (Byte(datePairs, 0) * 100) + Byte(datePairs, 2);
        int month = Byte(datePairs, 5);
        int day = Byte(timePairs, 0);
        int hour = Byte(timePairs, 3);
        int minute = Byte(timePairs, 6);
        int second = Byte(secondPairs, 1);

        long nanos = 0;
        if (n == 24)
        {
            // Milliseconds, the writer's usual form: ".fff" read as one word.
            uint fraction = MemoryMarshal.Read<uint>(s[19..]);
            const uint FractionDigits = 0xFFFF_FF00U;
            if ((fraction & 0xFFU) != (byte)'.' || !AreDigits(fraction, FractionDigits))
            {
                return false;
            }

            fraction -= FractionDigits & 0x3030_3030U;
            nanos = ((Byte(fraction, 1) * 100) + (Byte(fraction, 2) * 10) + Byte(fraction, 3)) * 1_000_000L;
        }
        else if (n > 20)
        {
            if (s[19] != (byte)'.')
            {
                return false;
            }

            for (int i = 20; i < n - 1; i++)
            {
                int digit = s[i] - '0';
                if ((uint)digit > 9)
                {
                    return false;
                }

                nanos = (nanos * 10) + digit;
            }

            nanos *= FractionScale[n - 21];
        }

        return TryCompose(year, month, day, hour, minute, second, nanos, out instant);
    }

    /// <summary>What a fraction of 1 to 9 digits (the index) is multiplied by to make nanoseconds.</summary>
    private static ReadOnlySpan<int> FractionScale => [0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    /// <summary>The instant of the fields read by either parser, when they name a real moment (years 1-9999).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryCompose(int year, int month, int day, int hour, int minute, int second, long nanos, out Instant instant)
    {
        instant = default;
        long days;
        if (year is >= FirstShortYear and <= LastShortYear && (uint)(month - 1) < 12)
        {
            // Years 1970-2099 (every ledger's, in practice) without the general calendar arithmetic and its divisions: a
            // year is leap when divisible by 4, and the days before a month come from a table.
            int leap = (year & 3) == 0 ? 1 : 0;
            int monthLength = DaysInMonths[month - 1] + (month == 2 ? leap : 0);
            if ((uint)(day - 1) >= (uint)monthLength)
            {
                return false;
            }

            days = (365 * (year - FirstShortYear)) + ((year - (FirstShortYear - 1)) >> 2)
                + DaysBeforeMonth[month - 1] + (month > 2 ? leap : 0) + day - 1;
        }
        else
        {
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
            {
                return false;
            }

            days = DaysSinceUnixEpoch(year, month, day);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        long seconds = (days * 86_400L) + (hour * 3_600L) + (minute * 60L) + second;

        // Whole ticks (any fraction of up to 7 digits) make the instant in one step; finer ones take two.
        instant = nanos % 100 == 0
            ? Instant.FromUnixTimeTicks((seconds * 10_000_000L) + (nanos / 100))
            : Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos);
        return true;
    }

    /// <summary>The days of each month in a common year.</summary>
    private static ReadOnlySpan<byte> DaysInMonths => [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>The days of a common year before each month.</summary>
    private static ReadOnlySpan<short> DaysBeforeMonth => [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

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

    /// <summary>Whether every byte of <paramref name="word"/> under <paramref name="mask"/> is an ASCII digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AreDigits(ulong word, ulong mask)
    {
        ulong high = mask & 0xF0F0_F0F0_F0F0_F0F0UL;
        ulong zeros = mask & 0x3030_3030_3030_3030UL;

        // High nibble 3, and adding 6 leaves it 3 (low nibble at most 9); no carry leaves a byte.
        return (word & high) == zeros && ((word & mask) + (mask & 0x0606_0606_0606_0606UL) & high) == zeros;
    }

    /// <summary>
    /// Each byte of <paramref name="digits"/> (digit values 0-9) times ten plus the next byte: the two-digit number that
    /// starts there (at most 99, so no byte carries into the next).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pairs(ulong digits) => (digits * 10) + (digits >> 8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Byte(ulong word, int index) => (int)((word >> (8 * index)) & 0xFF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DaysInMonth(int year, int month)
        => month == 2
            ? ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28)
            : 30 + ((month + (month >> 3)) & 1);
}
