using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Internal;

namespace SellerPolicy.Returns;

/// <summary>
/// One returnless-refund rule as Amazon's Return settings express it: a name, a unit-price range (required), optional
/// categories, optional return reasons, and the period it was active.
/// </summary>
/// <remarks>
/// <para>A rule applies to orders placed while it was active (domain-rules 5.3): judged on the order's purchase
/// instant, active from <see cref="ActiveFrom"/> (included) until <see cref="ActiveUntil"/> (excluded; null = still
/// active). A rule deleted after the purchase still applies to that order; a rule created after it does not.</para>
/// <para>Categories and reasons: null means "all"; a list matches the order line's category and the request's
/// reason code, compared ignoring case (ordinal). An order line without a category matches only a rule without a
/// category list.</para>
/// <para>Plain data: the rule set's <see cref="ReturnlessRuleSet.Validate"/> reports a blank name, a bad price range,
/// an empty or blank list entry and an active period that ends before it starts. Equality compares every property,
/// lists element by element.</para>
/// </remarks>
public sealed class ReturnlessRule : IEquatable<ReturnlessRule>
{
    // The comparer of categories and reason codes: ordinal, ignoring case (the type remarks).
    private static readonly StringComparer ListComparer = StringComparer.OrdinalIgnoreCase;

    /// <summary>Creates a rule.</summary>
    /// <param name="name">The rule's name (unique in its set).</param>
    /// <param name="priceRange">The unit-price range, in the set's currency, both ends included.</param>
    /// <param name="activeFrom">When the rule was switched on (included).</param>
    /// <param name="activeUntil">When it was switched off or deleted (excluded); null while active.</param>
    /// <param name="categories">The product categories it covers; null for all.</param>
    /// <param name="reasons">The return reason codes it covers; null for all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null, or a list holds null.</exception>
    public ReturnlessRule(string name, PriceRange priceRange, Instant activeFrom, Instant? activeUntil = null, IEnumerable<string>? categories = null, IEnumerable<string>? reasons = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name), "name is required.");
        PriceRange = priceRange;
        ActiveFrom = activeFrom;
        ActiveUntil = activeUntil;
        Categories = categories is null ? null : Copy(categories, nameof(categories));
        Reasons = reasons is null ? null : Copy(reasons, nameof(reasons));
    }

    /// <summary>Gets the rule's name.</summary>
    public string Name { get; }

    /// <summary>Gets the unit-price range, both ends included.</summary>
    public PriceRange PriceRange { get; }

    /// <summary>Gets when the rule was switched on (included).</summary>
    public Instant ActiveFrom { get; }

    /// <summary>Gets when the rule was switched off (excluded); null while active.</summary>
    public Instant? ActiveUntil { get; }

    /// <summary>Gets the categories covered; null for all.</summary>
    public ImmutableArray<string>? Categories { get; }

    /// <summary>Gets the return reason codes covered; null for all.</summary>
    public ImmutableArray<string>? Reasons { get; }

    /// <summary>Returns whether the rule was active at <paramref name="instant"/>: <c>ActiveFrom ≤ instant &lt; ActiveUntil</c>.</summary>
    /// <param name="instant">The instant, usually the order's purchase.</param>
    /// <returns>True when active.</returns>
    public bool IsActiveAt(Instant instant) => instant >= ActiveFrom && (ActiveUntil is not { } until || instant < until);

    /// <summary>Returns whether the rule covers <paramref name="category"/> (always when it has no category list).</summary>
    /// <param name="category">The order line's category, or null when unknown.</param>
    /// <returns>True when covered.</returns>
    public bool CoversCategory(string? category)
        => Categories is not { } list || (category is not null && list.Contains(category, ListComparer));

    /// <summary>Returns whether the rule covers the reason code (always when it has no reason list).</summary>
    /// <param name="reason">The request's reason code.</param>
    /// <returns>True when covered.</returns>
    public bool CoversReason(string reason) => Reasons is not { } list || list.Contains(reason, ListComparer);

    /// <summary>
    /// Returns whether the two rules overlap: their active periods, categories, reasons and price ranges all intersect
    /// (an absent list means all). Amazon rejects such a pair.
    /// </summary>
    /// <param name="other">The other rule.</param>
    /// <returns>True when some order and request would match both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(ReturnlessRule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        bool periods = (other.ActiveUntil is not { } otherUntil || ActiveFrom < otherUntil)
                       && (ActiveUntil is not { } until || other.ActiveFrom < until);
        return periods && PriceRange.Intersects(other.PriceRange)
               && ListsIntersect(Categories, other.Categories) && ListsIntersect(Reasons, other.Reasons);
    }

    /// <inheritdoc />
    public bool Equals(ReturnlessRule? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Name == other.Name && PriceRange == other.PriceRange && ActiveFrom == other.ActiveFrom && ActiveUntil == other.ActiveUntil
                   && ListEquals(Categories, other.Categories) && ListEquals(Reasons, other.Reasons)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReturnlessRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, PriceRange, ActiveFrom, ActiveUntil);

    /// <summary>Returns the rule in words: <c>small-items: [0, 15], categories Beauty, reasons DEFECTIVE, active from ...</c>.</summary>
    public override string ToString()
    {
        string categories = Categories is { } c ? "categories " + string.Join("/", c) : "all categories";
        string reasons = Reasons is { } r ? "reasons " + string.Join("/", r) : "all reasons";
        string until = ActiveUntil is { } u ? " until " + Preconditions.Format(u) : string.Empty;
        return $"{Name}: {PriceRange}, {categories}, {reasons}, active from {Preconditions.Format(ActiveFrom)}{until}";
    }

    private static bool ListsIntersect(ImmutableArray<string>? a, ImmutableArray<string>? b)
        => a is not { } left || b is not { } right || left.Any(x => right.Contains(x, ListComparer));

    private static bool ListEquals(ImmutableArray<string>? a, ImmutableArray<string>? b)
        => (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.SequenceEqual(y, StringComparer.Ordinal),
            _ => false,
        };

    private static ImmutableArray<string> Copy(IEnumerable<string> items, string field)
    {
        ImmutableArray<string> copy = items.ToImmutableArray();
        if (copy.Any(i => i is null))
        {
            throw new ArgumentNullException(field, $"{field} must not hold null.");
        }

        return copy;
    }
}
