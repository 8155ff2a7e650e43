using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Policies;

/// <summary>The versions of one marketplace's rules, each in effect from its date until the next one's.</summary>
/// <remarks>
/// <see cref="For(LocalDate)"/> picks the version in effect on a day; a day before the first version is
/// judged under the first version (there is nothing older to apply). Every version is validated on
/// construction; versions share one <see cref="MarketplacePolicy.Name"/> and distinct effective dates.
/// </remarks>
public sealed class PolicyTimeline
{
    /// <summary>Creates a timeline.</summary>
    /// <param name="versions">The versions, in any order; at least one.</param>
    /// <exception cref="ArgumentException">No versions, an invalid version, two versions on one date, or mixed names.</exception>
    public PolicyTimeline(IEnumerable<MarketplacePolicy> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        Versions = versions.OrderBy(v => v.EffectiveFrom).ToImmutableArray();
        if (Versions.IsEmpty)
        {
            throw new ArgumentException("A policy timeline needs at least one version.", nameof(versions));
        }

        foreach (MarketplacePolicy version in Versions)
        {
            PolicyValidator.EnsureValid(version);
        }

        for (int i = 1; i < Versions.Length; i++)
        {
            if (Versions[i].EffectiveFrom == Versions[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"Two policy versions take effect on {Versions[i].EffectiveFrom:uuuu-MM-dd}.", nameof(versions));
            }

            if (Versions[i].Name != Versions[0].Name)
            {
                throw new ArgumentException($"A timeline holds one policy family: '{Versions[0].Name}' and '{Versions[i].Name}' differ.", nameof(versions));
            }
        }
    }

    /// <summary>Gets the versions, oldest first.</summary>
    public ImmutableArray<MarketplacePolicy> Versions { get; }

    /// <summary>Gets the newest version.</summary>
    public MarketplacePolicy Latest => Versions[^1];

    /// <summary>Gets the family name shared by the versions.</summary>
    public string Name => Versions[0].Name;

    /// <summary>Returns a timeline of one version, in effect on every day.</summary>
    /// <param name="policy">The version.</param>
    /// <returns>The timeline.</returns>
    public static PolicyTimeline Of(MarketplacePolicy policy) => new([policy]);

    /// <summary>Returns a timeline of one version, in effect on every day (so a single policy goes wherever a timeline does).</summary>
    /// <param name="policy">The version.</param>
    /// <returns>The timeline; null for null (the method it is passed to then names its parameter).</returns>
    /// <exception cref="ArgumentException">The version is not valid (see <see cref="PolicyValidator"/>).</exception>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(policy))]
    public static implicit operator PolicyTimeline?(MarketplacePolicy? policy) => policy is null ? null : Of(policy);

    /// <summary>Returns the version in effect on <paramref name="day"/> (the first version for earlier days).</summary>
    /// <param name="day">The day.</param>
    /// <returns>The version.</returns>
    public MarketplacePolicy For(LocalDate day) => Versions[IndexOf(day)];

    /// <summary>Returns the index in <see cref="Versions"/> of the version in effect on <paramref name="day"/>.</summary>
    internal int IndexOf(LocalDate day)
    {
        int result = 0;
        for (int i = 1; i < Versions.Length && Versions[i].EffectiveFrom <= day; i++)
        {
            result = i;
        }

        return result;
    }

    /// <summary>Splits <paramref name="days"/> into the runs of days under one version, first run first.</summary>
    internal IEnumerable<(int Version, Time.DayWindow Days)> Segments(Time.DayWindow days)
    {
        LocalDate start = days.From;
        while (true)
        {
            int version = IndexOf(start);
            LocalDate end = version + 1 < Versions.Length && Versions[version + 1].EffectiveFrom <= days.To
                ? Versions[version + 1].EffectiveFrom.PlusDays(-1)
                : days.To;
            yield return (version, new Time.DayWindow(start, end));
            if (end == days.To)
            {
                yield break;
            }

            start = end.PlusDays(1);
        }
    }
}
