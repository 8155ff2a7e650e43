using NodaTime;

namespace SellerPolicy.Sample;

/// <summary>
/// SplitMix64: a small, self-contained pseudo-random generator. Its output depends only on the seed, never
/// on the .NET version (unlike <see cref="System.Random"/>), so a sample ledger is the same on every machine.
/// </summary>
internal sealed class SampleRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SampleRandom(int seed) => _state = unchecked(((ulong)(uint)seed * Golden) ^ 0xD1B54A32D192ED03UL);

    public ulong NextUInt64()
    {
        unchecked
        {
            ulong z = _state += Golden;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Returns a double in [0, 1) from 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns an integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    /// <summary>Returns an integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>Returns true with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Returns a duration between <paramref name="minHours"/> and <paramref name="maxHours"/>, to the second.</summary>
    public Duration Hours(double minHours, double maxHours)
        => Duration.FromSeconds((long)((minHours + ((maxHours - minHours) * NextDouble())) * 3600));

    /// <summary>Returns an index into <paramref name="weights"/>, each chosen with probability proportional to its weight.</summary>
    public int Pick(ReadOnlySpan<int> weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }

        int r = Next(total);
        for (int i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
