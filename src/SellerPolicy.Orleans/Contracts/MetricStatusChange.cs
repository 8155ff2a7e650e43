namespace SellerPolicy.Orleans.Contracts;

/// <summary>One metric going BAD or leaving BAD.</summary>
/// <param name="Metric">The report name of the metric.</param>
/// <param name="From">The status before (<c>GOOD</c>, <c>BAD</c>, <c>NONE</c>).</param>
/// <param name="To">The status after.</param>
/// <param name="Rate">The rate after.</param>
[GenerateSerializer, Immutable]
public sealed record MetricStatusChange(string Metric, string From, string To, double Rate)
{
    /// <summary>Returns e.g. <c>orderDefectRate.mfn GOOD→BAD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Metric} {From}→{To}";
}
