using System.Runtime;

namespace SellerPolicy.Cli;

/// <summary>
/// Asks the runtime not to collect garbage while a ledger file is loaded. Everything the reader allocates survives (it is
/// the ledger), so each collection during the load would only copy live records from one generation to the next: about
/// a fifth of the time of a cold `series` on 100k orders. The command-line tool owns its process, so it may do this; the
/// library never does.
/// </summary>
/// <remarks>
/// The region is sized from the file (the reader allocates about 1.1 bytes per byte of a typical ledger; the budget
/// allows 1.5) and only asked for files up to <see cref="MaxBudget"/>: a larger file simply loads with collections. If the
/// load allocates more than the budget, the runtime collects and the region ends by itself.
/// </remarks>
internal sealed class NoCollectionRegion : IDisposable
{
    /// <summary>The largest budget asked for (bytes).</summary>
    public const long MaxBudget = 512L << 20;

    private readonly bool _started;

    private NoCollectionRegion(bool started) => _started = started;

    /// <summary>Starts a region for loading a file of <paramref name="fileBytes"/> bytes, when it is small enough.</summary>
    /// <param name="fileBytes">The file's length.</param>
    /// <returns>The region; dispose it when the load is over.</returns>
    public static NoCollectionRegion ForFile(long fileBytes)
    {
        long budget = (fileBytes * 3 / 2) + (16L << 20);
        if (budget > MaxBudget)
        {
            return new NoCollectionRegion(false);
        }

        try
        {
            return new NoCollectionRegion(GC.TryStartNoGCRegion(budget));
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than this runtime allows, or a region already in progress: load with collections.
            return new NoCollectionRegion(false);
        }
    }

    /// <summary>Ends the region, unless the runtime already ended it.</summary>
    public void Dispose()
    {
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The runtime ended the region between the check and the call (a collection on another thread of the same
            // process, as when tests load ledgers in parallel): there is nothing left to end.
        }
    }
}
