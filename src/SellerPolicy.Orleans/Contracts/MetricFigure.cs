using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Orleans.Contracts;

/// <summary>One account-health metric as of a day, as the library computes it (docs/metrics.md).</summary>
/// <param name="Name">The report name, such as <c>orderDefectRate.mfn</c>.</param>
/// <param name="Status"><c>GOOD</c>, <c>BAD</c> or <c>NONE</c> (no orders in the window).</param>
/// <param name="Numerator">The numerator.</param>
/// <param name="Denominator">The denominator.</param>
/// <param name="Rate"><c>Numerator / Denominator</c>, 0 when the denominator is 0.</param>
/// <param name="Target">The target, such as <c>&lt; 1%</c>.</param>
/// <param name="From">The first day of the window.</param>
/// <param name="To">The last day of the window.</param>
/// <param name="PolicyVersion">The policy version that produced the figure.</param>
/// <param name="OrderIds">The orders that hurt the figure, sorted (empty in a series).</param>
[GenerateSerializer, Immutable]
public sealed record MetricFigure(
    string Name, string Status, int Numerator, int Denominator, double Rate, string Target, LocalDate From, LocalDate To,
    string PolicyVersion, ImmutableArray<string> OrderIds)
{
    /// <inheritdoc />
    public bool Equals(MetricFigure? other)
        => other is not null && Name == other.Name && Status == other.Status && Numerator == other.Numerator
           && Denominator == other.Denominator && Rate.Equals(other.Rate) && Target == other.Target && From == other.From
           && To == other.To && PolicyVersion == other.PolicyVersion && OrderIds.SequenceEqual(other.OrderIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Numerator, Denominator, From, To, OrderIds.Length);

    /// <summary>Returns e.g. <c>orderDefectRate.mfn 3/100 BAD (&lt; 1%) [2026-01-01, 2026-03-01]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} {Numerator}/{Denominator} {Status} ({Target}) [{From:uuuu-MM-dd}, {To:uuuu-MM-dd}]";
}
