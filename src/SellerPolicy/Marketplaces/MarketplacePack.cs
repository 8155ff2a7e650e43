using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Marketplaces;

/// <summary>
/// One marketplace's rules as a whole: its name, the policy versions by effective date (each holding its
/// <see cref="MarketplacePolicy.Metrics"/> catalog), the days it evaluates sellers on, and its seller levels if any.
/// </summary>
/// <remarks>Registered in <see cref="MarketplacePacks"/>: the one registry the library, the policy-file reader and the CLI use.</remarks>
public sealed class MarketplacePack
{
    /// <summary>Creates a pack.</summary>
    /// <param name="name">The pack's name, lower case (<c>amazon</c>, <c>ebay</c>, <c>walmart</c>).</param>
    /// <param name="displayName">The marketplace's name in the seller's words, e.g. <c>Amazon</c>.</param>
    /// <param name="timeline">The policy versions.</param>
    /// <param name="evaluation">The evaluation days.</param>
    /// <param name="levels">The seller levels, or null when the marketplace has none.</param>
    /// <exception cref="ArgumentException">The name is blank or differs from the timeline's family name.</exception>
    public MarketplacePack(string name, string displayName, PolicyTimeline timeline, EvaluationCalendar evaluation, SellerLevels? levels = null)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        DisplayName = Preconditions.CheckNotBlank(displayName, nameof(displayName));
        Timeline = timeline ?? throw new ArgumentNullException(nameof(timeline));
        Evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
        Levels = levels;
        if (!string.Equals(timeline.Name, name, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the pack '{name}' must hold policies of its own name, the timeline's are '{timeline.Name}'.", nameof(timeline));
        }
    }

    /// <summary>Gets the pack's name (<c>--policy</c> value), e.g. <c>amazon</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the marketplace's name in the seller's words.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the policy versions by effective date.</summary>
    public PolicyTimeline Timeline { get; }

    /// <summary>Gets the days the marketplace evaluates sellers on.</summary>
    public EvaluationCalendar Evaluation { get; }

    /// <summary>Gets the seller levels, or null when the marketplace has none.</summary>
    public SellerLevels? Levels { get; }

    /// <summary>Gets the metrics of the newest version.</summary>
    public MetricCatalog Metrics => Timeline.Latest.Metrics;

    /// <summary>Returns the official level as of <paramref name="asOf"/>: the level evaluated on the last evaluation day on or before it.</summary>
    /// <param name="snapshotOn">Gives the snapshot of a day (e.g. an engine's <see cref="AccountHealthEngine.Snapshot"/>).</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The level, or null when the pack has no levels.</returns>
    public SellerLevel? OfficialLevel(Func<LocalDate, AccountHealthSnapshot> snapshotOn, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshotOn);
        return Levels?.Evaluate(snapshotOn(Evaluation.LastEvaluationOnOrBefore(asOf)));
    }

    /// <summary>Returns the projected level as of <paramref name="asOf"/>: the level evaluated on that day itself.</summary>
    /// <param name="snapshotOn">Gives the snapshot of a day.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The level, or null when the pack has no levels.</returns>
    public SellerLevel? ProjectedLevel(Func<LocalDate, AccountHealthSnapshot> snapshotOn, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshotOn);
        return Levels?.Evaluate(snapshotOn(asOf));
    }

    /// <summary>
    /// Returns the seller's standing as of <paramref name="asOf"/>: the official level (evaluated on the last evaluation day
    /// on or before it) and the projected level (evaluated as of the day itself).
    /// </summary>
    /// <param name="snapshotOn">Gives the snapshot of a day (e.g. an engine's or a tracker's <c>Snapshot</c>).</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The standing, or null when the pack has no levels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshotOn"/> is null.</exception>
    public SellerStanding? StandingOn(Func<LocalDate, AccountHealthSnapshot> snapshotOn, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshotOn);
        if (Levels is not { } levels)
        {
            return null;
        }

        LocalDate evaluated = Evaluation.LastEvaluationOnOrBefore(asOf);
        SellerLevel projected = levels.Evaluate(snapshotOn(asOf));
        SellerLevel official = evaluated == asOf ? projected : levels.Evaluate(snapshotOn(evaluated));
        return new SellerStanding(asOf, official, projected, Evaluation.NextAfter(asOf));
    }

    /// <summary>Returns the seller's standing as of <paramref name="asOf"/> from <paramref name="engine"/> (see <see cref="StandingOn(Func{LocalDate, AccountHealthSnapshot}, LocalDate)"/>).</summary>
    /// <param name="engine">An engine built under one of this pack's policy versions.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The standing, or null when the pack has no levels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public SellerStanding? StandingOn(AccountHealthEngine engine, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return StandingOn(engine.Snapshot, asOf);
    }

    /// <summary>Returns e.g. <c>amazon (2 versions, latest amazon@2025-01-01)</c>.</summary>
    public override string ToString() => $"{Name} ({Timeline.Versions.Length} versions, latest {Timeline.Latest.Version})";
}
