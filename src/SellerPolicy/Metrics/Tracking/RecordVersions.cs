using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Metrics.Tracking;

/// <summary>
/// Which of two versions of one ledger record wins: the version that knows more — the later of their latest fact instants,
/// then the one holding more facts; on a tie the version offered (recorded last). <see cref="AccountHealthTracker"/> keeps the
/// winner of every record it is sent, so that a pending claim arriving after its decision does not undo the decision; a
/// record store uses the same rule to tell a stale update from a newer one.
/// </summary>
/// <remarks>
/// A record's facts are its instants of what happened (an order's purchase, shipment, first carrier scan, delivery and
/// cancellation; a feedback's receipt and removal; a claim's filing, decision and reversal; a chargeback's receipt and
/// decision; a return's request, response, shipment, receipt and refund, with a negative return feedback and an incorrect
/// rejection counted as facts; a contact's instant). Promised dates (latest ship and delivery dates) are not facts.
/// </remarks>
public static class RecordVersions
{
    /// <summary>Returns whether <paramref name="offered"/> replaces <paramref name="held"/>, two versions of one order.</summary>
    /// <param name="offered">The version arriving.</param>
    /// <param name="held">The version held.</param>
    /// <returns>True when the offered version knows at least as much as the held one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Wins(Order offered, Order held) => Wins(RecordFacts.Of(NotNull(offered)), RecordFacts.Of(NotNull(held)));

    /// <summary>Returns whether <paramref name="offered"/> replaces <paramref name="held"/>, two versions of one feedback.</summary>
    /// <param name="offered">The version arriving.</param>
    /// <param name="held">The version held.</param>
    /// <returns>True when the offered version knows at least as much as the held one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Wins(Feedback offered, Feedback held) => Wins(RecordFacts.Of(NotNull(offered)), RecordFacts.Of(NotNull(held)));

    /// <summary>Returns whether <paramref name="offered"/> replaces <paramref name="held"/>, two versions of one claim.</summary>
    /// <param name="offered">The version arriving.</param>
    /// <param name="held">The version held.</param>
    /// <returns>True when the offered version knows at least as much as the held one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Wins(AtoZClaim offered, AtoZClaim held) => Wins(RecordFacts.Of(NotNull(offered)), RecordFacts.Of(NotNull(held)));

    /// <summary>Returns whether <paramref name="offered"/> replaces <paramref name="held"/>, two versions of one chargeback.</summary>
    /// <param name="offered">The version arriving.</param>
    /// <param name="held">The version held.</param>
    /// <returns>True when the offered version knows at least as much as the held one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Wins(Chargeback offered, Chargeback held) => Wins(RecordFacts.Of(NotNull(offered)), RecordFacts.Of(NotNull(held)));

    /// <summary>Returns whether <paramref name="offered"/> replaces <paramref name="held"/>, two versions of one return request.</summary>
    /// <param name="offered">The version arriving.</param>
    /// <param name="held">The version held.</param>
    /// <returns>True when the offered version knows at least as much as the held one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Wins(ReturnRequest offered, ReturnRequest held) => Wins(RecordFacts.Of(NotNull(offered)), RecordFacts.Of(NotNull(held)));

    /// <summary>Returns whether <paramref name="offered"/> replaces <paramref name="held"/>, two versions of one buyer contact.</summary>
    /// <param name="offered">The version arriving.</param>
    /// <param name="held">The version held.</param>
    /// <returns>True when the offered version knows at least as much as the held one.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Wins(BuyerContact offered, BuyerContact held) => Wins(RecordFacts.Of(NotNull(offered)), RecordFacts.Of(NotNull(held)));

    /// <summary>Returns the instant of the latest fact <paramref name="record"/> holds.</summary>
    /// <param name="record">The order.</param>
    /// <returns>The latest of its fact instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static Instant LatestFact(Order record) => RecordFacts.Of(NotNull(record)).Latest;

    /// <summary>Returns the instant of the latest fact <paramref name="record"/> holds.</summary>
    /// <param name="record">The feedback.</param>
    /// <returns>The latest of its fact instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static Instant LatestFact(Feedback record) => RecordFacts.Of(NotNull(record)).Latest;

    /// <summary>Returns the instant of the latest fact <paramref name="record"/> holds.</summary>
    /// <param name="record">The claim.</param>
    /// <returns>The latest of its fact instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static Instant LatestFact(AtoZClaim record) => RecordFacts.Of(NotNull(record)).Latest;

    /// <summary>Returns the instant of the latest fact <paramref name="record"/> holds.</summary>
    /// <param name="record">The chargeback.</param>
    /// <returns>The latest of its fact instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static Instant LatestFact(Chargeback record) => RecordFacts.Of(NotNull(record)).Latest;

    /// <summary>Returns the instant of the latest fact <paramref name="record"/> holds.</summary>
    /// <param name="record">The return request.</param>
    /// <returns>The latest of its fact instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static Instant LatestFact(ReturnRequest record) => RecordFacts.Of(NotNull(record)).Latest;

    /// <summary>Returns the instant of the latest fact <paramref name="record"/> holds.</summary>
    /// <param name="record">The buyer contact.</param>
    /// <returns>Its instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static Instant LatestFact(BuyerContact record) => RecordFacts.Of(NotNull(record)).Latest;

    private static bool Wins(RecordKnowledge offered, RecordKnowledge held) => offered.CompareTo(held) >= 0;

    private static T NotNull<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }
}
