namespace SellerPolicy.Policies;

/// <summary>The return dissatisfaction rate numbers.</summary>
/// <remarks>
/// Validated with the whole policy by <see cref="PolicyValidator"/>. A response is late after the one return response
/// time, <see cref="ReturnPolicy.ResponseTime"/> (48 h by default), which the seller's deadlines use too.
/// </remarks>
public sealed record ReturnDissatisfactionPolicy
{
    /// <summary>Gets the window length in days, attributed by request date (default 60).</summary>
    public int WindowDays { get; init; } = 60;

    /// <summary>Gets the target (default &lt; 10 %).</summary>
    public MetricTarget Target { get; init; } = MetricTarget.LessThan(0.10);
}
