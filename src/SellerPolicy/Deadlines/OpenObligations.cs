using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Deadlines;

/// <summary>
/// The obligations open at an instant, soonest due first (so overdue ones lead): a seller's morning check.
/// </summary>
/// <remarks>Produced by <see cref="SellerObligations"/>. Equality compares the instant and the items element by element.</remarks>
public sealed record OpenObligations
{
    internal OpenObligations(Instant at, ImmutableArray<SellerObligation> items)
    {
        At = at;
        Items = items;
    }

    /// <summary>Gets the instant the list is for.</summary>
    public Instant At { get; }

    /// <summary>Gets the open obligations, by due instant, then kind, then subject.</summary>
    public ImmutableArray<SellerObligation> Items { get; }

    /// <summary>Gets how many of them are past due.</summary>
    public int OverdueCount => Items.Count(IsOverdue);

    /// <summary>Returns whether <paramref name="obligation"/> is past due at <see cref="At"/>.</summary>
    /// <param name="obligation">An obligation of the list.</param>
    /// <returns>True when <c>At &gt; DueAt</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> is null.</exception>
    public bool IsOverdue(SellerObligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return obligation.IsOverdueAt(At);
    }

    /// <summary>Returns how long until <paramref name="obligation"/> is due at <see cref="At"/> (negative when overdue).</summary>
    /// <param name="obligation">An obligation of the list.</param>
    /// <returns><c>DueAt - At</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="obligation"/> is null.</exception>
    public Duration TimeLeft(SellerObligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return obligation.DueAt - At;
    }

    /// <inheritdoc />
    public bool Equals(OpenObligations? other)
        => other is not null && (ReferenceEquals(this, other) || (At == other.At && Items.SequenceEqual(other.Items)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, Items.Length);
}
