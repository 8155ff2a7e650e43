using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans.Streams;
using SellerPolicy.Orleans.Contracts;
using SellerPolicy.Orleans.Library;

namespace SellerPolicy.Orleans.Grains;

/// <summary>
/// A seller account: its records as persistent state, its tracker rebuilt from them on activation, and a status-change
/// notification whenever a batch moves a metric into or out of BAD (as of the latest day of the records).
/// </summary>
internal sealed partial class SellerAccountGrain(
    [PersistentState("records", SellerPolicyOptions.StorageName)] IPersistentState<SellerRecordsState> state,
    IOptions<SellerPolicyOptions> options,
    ILogger<SellerAccountGrain> logger) : Grain, ISellerAccountGrain
{
    private readonly SellerPolicyOptions _options = options.Value;
    private SellerAccountId _account;
    private SellerBook _book = null!;
    private ImmutableArray<(string Metric, string Status, double Rate)> _statuses = [];
    private (long Batches, int Bytes) _stored;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _account = SellerAccountId.FromGrainKey(this.GetPrimaryKeyString());
        _book = SellerBook.Open(state.State, _options.Policy);
        _stored = (state.State.Batches, state.State.StoredBytes);
        _statuses = _book.LatestDay is { } day ? _book.Statuses(day) : [];
        if (state.State.Batches > 0)
        {
            // A notification may have been lost with the silo that held this grain: tell the views where the account stands.
            await PublishAsync([]);
        }
    }

    public async Task<RecordBatchResult> RecordAsync(RecordBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        BatchPlan plan = _book.Plan(batch, _options.MaxRecordsPerBatch);
        if (!plan.Result.Accepted)
        {
            return plan.Result with { RecordsHeld = _book.RecordCount };
        }

        if (plan.Ledger is null)
        {
            return plan.Result;
        }

        SellerRecordsState previous = state.State;
        state.State = _book.StateAfter(plan, previous);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            throw;
        }

        _book.Apply(plan);
        _stored = (state.State.Batches, state.State.StoredBytes);
        ImmutableArray<(string Metric, string Status, double Rate)> before = _statuses;
        _statuses = _book.Statuses(_book.LatestDay!.Value);
        ImmutableArray<MetricStatusChange> changes = [.. _statuses
            .Select(after => (after, was: before.FirstOrDefault(b => b.Metric == after.Metric).Status ?? "NONE"))
            .Where(c => c.was != c.after.Status && (c.was == "BAD" || c.after.Status == "BAD"))
            .Select(c => new MetricStatusChange(c.after.Metric, c.was, c.after.Status, c.after.Rate))];
        if (!changes.IsEmpty)
        {
            await PublishAsync(changes);
        }

        return plan.Result;
    }

    public Task<SellerHealth> GetSnapshotAsync(LocalDate asOf) => Task.FromResult(_book.Snapshot(_account, asOf));

    public Task<SellerHealthSeries> GetSeriesAsync(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentException($"to must not be before from ({from:uuuu-MM-dd}), was {to:uuuu-MM-dd}.", nameof(to));
        }

        int days = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        if (days > _options.MaxSeriesDays)
        {
            throw new ArgumentException($"a series may span at most MaxSeriesDays ({_options.MaxSeriesDays}) days, was {days} ({from:uuuu-MM-dd} to {to:uuuu-MM-dd}).", nameof(to));
        }

        return Task.FromResult(_book.Series(_account, from, to));
    }

    public Task<SellerForecast> GetForecastAsync(LocalDate asOf) => Task.FromResult(_book.Forecast(_account, asOf));

    public Task<ClaimCheck> GetClaimEligibilityAsync(string orderId, string reason, Instant at) => Task.FromResult(_book.Claim(_account, orderId, reason, at));

    public Task<string> ExportAsync() => Task.FromResult(_book.Export());

    public Task<SellerAccountSummary> GetSummaryAsync()
        => Task.FromResult(new SellerAccountSummary(_account, _book.RecordCount, _book.OrderCount, _stored.Batches, _book.LatestDay, _stored.Bytes));

    private async Task PublishAsync(ImmutableArray<MetricStatusChange> changes)
    {
        if (_book.LatestDay is not { } day)
        {
            return;
        }

        var message = new SellerStatusChanged(
            _account, state.State.Batches, day, changes, [.. _statuses.Where(s => s.Status == "BAD").Select(s => s.Metric)]);
        try
        {
            IAsyncStream<SellerStatusChanged> stream = this.GetStreamProvider(_options.StreamProviderName)
                .GetStream<SellerStatusChanged>(StreamId.Create(SellerPolicyStreams.StatusChanges, _account.MarketplaceId));
            await stream.OnNextAsync(message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The records are persisted; the status is published again when the grain next activates.
            LogPublishFailed(logger, e, _account.ToString(), message.Sequence);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SellerPolicy: the status of {Account} (batch {Sequence}) could not be published; it is published again on the next activation.")]
    private static partial void LogPublishFailed(ILogger logger, Exception error, string account, long sequence);
}
