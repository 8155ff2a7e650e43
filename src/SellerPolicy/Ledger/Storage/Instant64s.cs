using NodaTime;
using NodaTime.HighPerformance;

namespace SellerPolicy.Ledger;

/// <summary>
/// The ledger keeps instants as NodaTime's <see cref="Instant64"/> (8 bytes, nanoseconds since 1970, about 1678-2262)
/// where they fit; an order with an instant outside keeps all of its instants as <see cref="Instant"/> instead.
/// </summary>
internal static class Instant64s
{
    private static readonly Instant Min = Instant64.MinValue.ToInstant();
    private static readonly Instant Max = Instant64.MaxValue.ToInstant();

    /// <summary>Returns whether <paramref name="instant"/> fits an <see cref="Instant64"/>, and the value when it does.</summary>
    public static bool TryPack(Instant instant, out Instant64 packed)
    {
        if (instant < Min || instant > Max)
        {
            packed = default;
            return false;
        }

        packed = Instant64.FromInstant(instant);
        return true;
    }
}
