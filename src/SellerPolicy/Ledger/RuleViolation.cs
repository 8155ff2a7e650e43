using NodaTime;
using SellerPolicy.Internal;

namespace SellerPolicy.Ledger;

/// <summary>
/// A rule of a record that does not hold: the field it is about and the rule as a sentence that names the value. Every
/// record kind has a <c>FindViolation</c> (<see cref="Feedback.FindViolation"/>, <see cref="AtoZClaim.FindViolation"/>, …)
/// that returns one (or null) rather than throw, so that a reader turns it into a <see cref="LedgerProblem"/> without an
/// exception; the record's constructor calls the same check and throws the <see cref="ArgumentException"/> it documents.
/// </summary>
public sealed class RuleViolation
{
    private readonly string? _predicate; // the rule without its subject, when the rule is "{Field} {predicate}."

    /// <summary>Creates a violation whose rule is a whole sentence.</summary>
    internal RuleViolation(string field, string rule, RuleViolationKind kind = RuleViolationKind.Argument, object? actualValue = null)
    {
        Field = field;
        Rule = rule;
        Kind = kind;
        ActualValue = actualValue;
    }

    private RuleViolation(string field, string predicate, RuleViolationKind kind, object? actualValue, bool _)
        : this(field, $"{field} {predicate}.", kind, actualValue)
        => _predicate = predicate;

    /// <summary>Gets the field (the constructor's parameter name, and the ledger format's field name).</summary>
    public string Field { get; }

    /// <summary>Gets the rule that failed, e.g. <c>shippedAt (…) must not be before purchasedAt (…).</c></summary>
    public string Rule { get; }

    /// <summary>Gets which exception a constructor throws for it.</summary>
    internal RuleViolationKind Kind { get; }

    /// <summary>Gets the value, for <see cref="RuleViolationKind.OutOfRange"/>.</summary>
    internal object? ActualValue { get; }

    /// <summary>
    /// Returns the rule with the field named as <paramref name="field"/>: a reader that knows the field by a longer name
    /// (<c>lines[0].quantity</c>, <c>shippingPrice.currency</c>) says <c>lines[0].quantity must be positive, was 0.</c>.
    /// A rule that is not a statement about its field alone is returned as it is.
    /// </summary>
    /// <param name="field">The field's name where it was read.</param>
    /// <returns>The rule.</returns>
    public string RuleAbout(string field) => _predicate is null ? Rule : $"{field} {_predicate}.";

    /// <summary>Returns <see cref="Rule"/>.</summary>
    public override string ToString() => Rule;

    /// <summary>A violation whose rule is "<c>{field} {predicate}.</c>".</summary>
    internal static RuleViolation About(string field, string predicate, RuleViolationKind kind = RuleViolationKind.Argument, object? actualValue = null)
        => new(field, predicate, kind, actualValue, true);

    /// <summary>The violation of "nothing before <paramref name="earlierField"/>", or null when it holds.</summary>
    internal static RuleViolation? NotBefore(Instant? later, string laterField, Instant earlier, string earlierField)
        => later is { } value && value < earlier
            ? new(laterField, $"{laterField} ({Preconditions.Format(value)}) must not be before {earlierField} ({Preconditions.Format(earlier)}).")
            : null;

    /// <summary>The violation of "both or neither", or null when it holds.</summary>
    internal static RuleViolation? BothOrNeither(bool firstPresent, string firstField, bool secondPresent, string secondField)
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
    internal static RuleViolation? NotBlank(string? value, string field)
        => value is not null && string.IsNullOrWhiteSpace(value) ? About(field, "must not be empty or white space") : null;

    /// <summary>The violation of "required and not blank" (an id's text), or null when it holds.</summary>
    internal static RuleViolation? Text(string? value, string field)
        => value is null ? About(field, "is required", RuleViolationKind.Null) : NotBlank(value, field);

    /// <summary>The violation of "a default id is no id", or null when it holds.</summary>
    internal static RuleViolation? Required(string idText, string field) => idText.Length == 0 ? About(field, "is required") : null;

    /// <summary>The violation of "positive", or null when it holds.</summary>
    internal static RuleViolation? Positive(int value, string field)
        => value > 0 ? null : About(field, $"must be positive, was {value}", RuleViolationKind.OutOfRange, value);

    /// <summary>The violation of "between <paramref name="min"/> and <paramref name="max"/>", or null when it holds.</summary>
    internal static RuleViolation? Range(int value, int min, int max, string field)
        => value >= min && value <= max ? null : About(field, $"must be {min}-{max}, was {value}", RuleViolationKind.OutOfRange, value);

    /// <summary>The violation of "a defined value" for an enum, or null when it holds.</summary>
    internal static RuleViolation? Defined<T>(T value, string field)
        where T : struct, Enum
        => Enum.IsDefined(value)
            ? null
            : About(field, $"has no value {value}; expected one of {string.Join(", ", Enum.GetNames<T>())}", RuleViolationKind.OutOfRange, value);

    /// <summary>The violation of "a defined value" for an optional enum, or null when it holds (or is absent).</summary>
    internal static RuleViolation? Defined<T>(T? value, string field)
        where T : struct, Enum
        => value is { } known ? Defined(known, field) : null;

    /// <summary>Throws the exception a constructor documents for this violation.</summary>
    /// <exception cref="ArgumentException">Always (or its subclass for <see cref="Kind"/>).</exception>
    internal Exception Throw() => Kind switch
    {
        RuleViolationKind.OutOfRange => throw new ArgumentOutOfRangeException(Field, Rule), // the rule names the value: no ActualValue to repeat it
        RuleViolationKind.Null => throw new ArgumentNullException(Field, Rule),
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
