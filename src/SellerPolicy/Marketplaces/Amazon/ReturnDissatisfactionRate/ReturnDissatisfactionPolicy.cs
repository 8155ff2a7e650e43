using NodaTime;

namespace SellerPolicy.Policies;

/// <summary>The return dissatisfaction rate numbers.</summary>
/// <remarks>Validated with the whole policy by <see cref="PolicyValidator"/>.</remarks>
public sealed record ReturnDissatisfactionPolicy
{
    /// <summary>Gets the window length in days, attributed by request date (default 60).</summary>
    public int WindowDays { get; init; } = 60;

    /// <summary>Gets the target (default &lt; 10 %).</summary>
    public MetricTarget Target { get; init; } = MetricTarget.LessThan(0.10);

    /// <summary>Gets how long the seller has to answer a return request before the response is late (default 48 h).</summary>
    public Duration ResponseTime { get; init; } = Duration.FromHours(48);
}
