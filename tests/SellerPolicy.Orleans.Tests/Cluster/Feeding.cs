using SellerPolicy.Orleans.Contracts;

namespace SellerPolicy.Orleans.Tests.Cluster;

/// <summary>Sends batches to seller grains the way a platform's client does: retrying a call that failed.</summary>
public static class Feeding
{
    /// <summary>Records one batch, retrying up to <paramref name="attempts"/> times when the call fails (a silo going away).</summary>
    public static async Task<RecordBatchResult> RecordWithRetryAsync(IGrainFactory grains, SellerAccountId account, RecordBatch batch, int attempts = 10)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await grains.GetSellerAccount(account).RecordAsync(batch);
            }
            catch (Exception e) when (attempt < attempts && e is not ArgumentException)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    /// <summary>Records round <paramref name="round"/> of every seller's batches at once; returns the results.</summary>
    public static Task<RecordBatchResult[]> RoundAsync(IGrainFactory grains, IEnumerable<(SampleSeller Seller, IReadOnlyList<RecordBatch> Batches)> plan, int round)
        => Task.WhenAll(plan.Select(p => RecordWithRetryAsync(grains, p.Seller.Account, p.Batches[round])));
}
