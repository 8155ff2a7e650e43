using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;

namespace SellerPolicy.Internal;

/// <summary>
/// The one place that checks arguments. Every message has the same shape:
/// "<c>{field}</c> {rule}, was {value}", and the exception's <see cref="ArgumentException.ParamName"/>
/// is the field's name as it appears in the ledger file, so readers can report the field.
/// </summary>
internal static class Preconditions
{
    public static string CheckNotBlank([NotNull] string? value, string field)
    {
        if (value is null)
        {
            throw new ArgumentNullException(field, $"{field} is required.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} must not be empty or white space.", field);
        }

        return value;
    }

    /// <summary>
    /// An <see cref="ArgumentOutOfRangeException"/> whose message is <paramref name="rule"/> (which names the value) and the
    /// parameter: no <see cref="ArgumentOutOfRangeException.ActualValue"/>, for which the framework would add "Actual value
    /// was …" after a rule that already says it.
    /// </summary>
    public static ArgumentOutOfRangeException OutOfRange(string field, string rule) => new(field, rule);

    public static T CheckNotNull<T>([NotNull] T? value, string field)
        where T : class
        => value ?? throw new ArgumentNullException(field, $"{field} is required.");

    public static int CheckPositive(int value, string field)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(field, value, $"{field} must be positive, was {value}.");

    public static int CheckNonNegative(int value, string field)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(field, value, $"{field} must not be negative, was {value}.");

    public static decimal CheckNonNegative(decimal value, string field)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(field, value, $"{field} must not be negative, was {value}.");

    public static double CheckFraction(double value, string field)
        => value is >= 0 and <= 1 && !double.IsNaN(value)
            ? value
            : throw new ArgumentOutOfRangeException(field, value, $"{field} must be a fraction between 0 and 1, was {value}.");

    public static int CheckRange(int value, int min, int max, string field)
        => value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(field, value, $"{field} must be {min}-{max}, was {value}.");

    /// <summary>Checks that <paramref name="later"/>, when present, is not before <paramref name="earlier"/>.</summary>
    public static void CheckNotBefore(Instant? later, string laterField, Instant earlier, string earlierField)
    {
        if (later is { } value && value < earlier)
        {
            throw new ArgumentException(
                $"{laterField} ({Format(value)}) must not be before {earlierField} ({Format(earlier)}).", laterField);
        }
    }

    /// <summary>Checks that two optional values are either both present or both absent.</summary>
    public static void CheckBothOrNeither(bool firstPresent, string firstField, bool secondPresent, string secondField)
    {
        if (firstPresent != secondPresent)
        {
            string present = firstPresent ? firstField : secondField;
            string missing = firstPresent ? secondField : firstField;
            throw new ArgumentException($"{present} requires {missing}: give both or neither.", missing);
        }
    }

    public static System.Collections.Immutable.ImmutableArray<T> CheckNotDefault<T>(System.Collections.Immutable.ImmutableArray<T> value, string field)
        => value.IsDefault
            ? throw new ArgumentException($"{field} must not be a default (uninitialised) ImmutableArray.", field)
            : value;

    /// <summary>
    /// The instant as <see cref="NodaTime.Text.InstantPattern.ExtendedIso"/> writes it (<c>2026-03-01T09:00:00.5Z</c>), built
    /// directly for years 0-9999: it names returnless refunds (<see cref="Ledger.ReturnRequest.Key"/>) and fills messages,
    /// and building NodaTime's pattern machinery costs a cold command about 50 ms.
    /// </summary>
    public static string Format(Instant value)
    {
        LocalDateTime t = value.InUtc().LocalDateTime;
        if (t.Year is < 0 or > 9999)
        {
            return NodaTime.Text.InstantPattern.ExtendedIso.Format(value);
        }

        Span<char> text = stackalloc char[30];
        WriteDate(text, t.Date);
        text[10] = 'T';
        Digits(text[11..], t.Hour, 2);
        text[13] = ':';
        Digits(text[14..], t.Minute, 2);
        text[16] = ':';
        Digits(text[17..], t.Second, 2);
        int length = 19;
        int nanoseconds = t.NanosecondOfSecond;
        if (nanoseconds != 0)
        {
            int digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            text[length++] = '.';
            Digits(text[length..], nanoseconds, digits);
            length += digits;
        }

        text[length++] = 'Z';
        return new string(text[..length]);
    }

    /// <summary>
    /// The day as <see cref="NodaTime.Text.LocalDatePattern.Iso"/> writes it (<c>2026-03-01</c>), built directly for years
    /// 0-9999 (policy version labels are made for every snapshot; see <see cref="Format(Instant)"/> for why).
    /// </summary>
    public static string Format(LocalDate value)
    {
        if (value.Year is < 0 or > 9999)
        {
            return NodaTime.Text.LocalDatePattern.Iso.Format(value);
        }

        Span<char> text = stackalloc char[10];
        WriteDate(text, value);
        return new string(text);
    }

    /// <summary>Writes <c>uuuu-MM-dd</c> (a year of 0-9999) into the first ten chars of <paramref name="text"/>.</summary>
    private static void WriteDate(Span<char> text, LocalDate date)
    {
        Digits(text, date.Year, 4);
        text[4] = '-';
        Digits(text[5..], date.Month, 2);
        text[7] = '-';
        Digits(text[8..], date.Day, 2);
    }

    private static void Digits(Span<char> text, int value, int count)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T CheckDefined<T>(T value, string field)
        where T : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(field, value, $"{field} has no value {value}; expected one of {string.Join(", ", Enum.GetNames<T>())}.");
}

