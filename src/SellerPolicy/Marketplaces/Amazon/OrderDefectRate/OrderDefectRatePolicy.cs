namespace SellerPolicy.Policies;

/// <summary>The Order Defect Rate numbers: window, lag, target and the switches that decide what counts.</summary>
/// <remarks>
/// As of day D the window is <c>[D-LagDays-(WindowDays-1), D-LagDays]</c>, attributed by purchase date.
/// Validated with the whole policy by <see cref="PolicyValidator"/>.
/// </remarks>
public sealed record OrderDefectRatePolicy
{
    /// <summary>Gets the window length in days (default 60).</summary>
    public int WindowDays { get; init; } = 60;

    /// <summary>Gets how many days before the as-of day the window ends (default 14; 0 allowed).</summary>
    public int LagDays { get; init; } = 14;

    /// <summary>Gets the target (default &lt; 1 %).</summary>
    public MetricTarget Target { get; init; } = MetricTarget.LessThan(0.01);

    /// <summary>Gets whether a pending (undecided) A-to-z claim counts (default true).</summary>
    public bool PendingClaimsCount { get; init; } = true;

    /// <summary>Gets the highest rating that is negative feedback (default 2: ratings 1 and 2).</summary>
    public int NegativeFeedbackMaxRating { get; init; } = 2;
}
