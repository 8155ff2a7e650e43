using NodaTime;
using SellerPolicy.Internal;

namespace SellerPolicy.Ledger;

/// <summary>
/// A rule of a record that does not hold: the field it is about and the rule as a sentence that names the value. Checks
/// return one (or null) rather than throw, so that a reader turns it into a <see cref="LedgerProblem"/> without an exception;
/// a constructor throws it (<see cref="Throw"/>) as the <see cref="ArgumentException"/> it documents.
/// </summary>
/// <param name="Field">The field (the constructor's parameter name).</param>
/// <param name="Rule">The rule that failed, e.g. <c>shippedAt (…) must not be before purchasedAt (…).</c></param>
/// <param name="Kind">Which exception the constructor throws for it.</param>
/// <param name="ActualValue">The value, for <see cref="RuleViolationKind.OutOfRange"/>.</param>
internal sealed record RuleViolation(string Field, string Rule, RuleViolationKind Kind = RuleViolationKind.Argument, object? ActualValue = null)
{
    /// <summary>The violation of "nothing before <paramref name="earlierField"/>", or null when it holds.</summary>
    public static RuleViolation? NotBefore(Instant? later, string laterField, Instant earlier, string earlierField)
        => later is { } value && value < earlier
            ? new(laterField, $"{laterField} ({Preconditions.Format(value)}) must not be before {earlierField} ({Preconditions.Format(earlier)}).")
            : null;

    /// <summary>The violation of "both or neither", or null when it holds.</summary>
    public static RuleViolation? BothOrNeither(bool firstPresent, string firstField, bool secondPresent, string secondField)
    {
        if (firstPresent == secondPresent)
        {
            return null;
        }

        string present = firstPresent ? firstField : secondField;
        string missing = firstPresent ? secondField : firstField;
        return new(missing, $"{present} requires {missing}: give both or neither.");
    }

    /// <summary>The violation of "not blank" for a value that is present, or null when it holds.</summary>
    public static RuleViolation? NotBlank(string? value, string field)
        => value is not null && string.IsNullOrWhiteSpace(value) ? new(field, $"{field} must not be empty or white space.") : null;

    /// <summary>The violation of "a defined value" for an enum, or null when it holds.</summary>
    public static RuleViolation? Defined<T>(T value, string field)
        where T : struct, Enum
        => Enum.IsDefined(value)
            ? null
            : new(field, $"{field} has no value {value}; expected one of {string.Join(", ", Enum.GetNames<T>())}.", RuleViolationKind.OutOfRange, value);

    /// <summary>Throws the exception a constructor documents for this violation.</summary>
    /// <exception cref="ArgumentException">Always (or its subclass for <see cref="Kind"/>).</exception>
    public Exception Throw() => Kind switch
    {
        RuleViolationKind.OutOfRange => throw new ArgumentOutOfRangeException(Field, Rule), // the rule names the value: no ActualValue to repeat it
        RuleViolationKind.Null => throw new ArgumentNullException(Field),
        _ => throw new ArgumentException(Rule, Field),
    };
}

/// <summary>Which <see cref="ArgumentException"/> a <see cref="RuleViolation"/> is thrown as.</summary>
internal enum RuleViolationKind
{
    /// <summary>An <see cref="ArgumentException"/>.</summary>
    Argument,

    /// <summary>An <see cref="ArgumentOutOfRangeException"/>.</summary>
    OutOfRange,

    /// <summary>An <see cref="ArgumentNullException"/>.</summary>
    Null,
}
