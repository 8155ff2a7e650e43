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

    public static string Format(Instant value) => NodaTime.Text.InstantPattern.ExtendedIso.Format(value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static T CheckDefined<T>(T value, string field)
        where T : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(field, value, $"{field} has no value {value}; expected one of {string.Join(", ", Enum.GetNames<T>())}.");
}
