namespace SellerPolicy.Metrics;

/// <summary>The inputs of a forecast that are assumptions rather than marketplace policy.</summary>
/// <remarks>Defaults: look 120 days ahead; the average daily orders of the last 30 days (per channel) continue.</remarks>
public sealed record ForecastAssumptions
{
    /// <summary>Gets the default assumptions.</summary>
    public static ForecastAssumptions Default { get; } = new();

    /// <summary>Gets how many days after the as-of day the forecast looks (default 120).</summary>
    public int HorizonDays { get; init; } = 120;

    /// <summary>Gets over how many days up to the as-of day the average daily order volume is measured (default 30).</summary>
    public int VolumeLookbackDays { get; init; } = 30;

    /// <summary>Gets whether future orders at the recent average volume are assumed (default true); false: no new orders at all.</summary>
    public bool RecentVolumeContinues { get; init; } = true;
}
