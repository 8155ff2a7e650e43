using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans.Streams;
using SellerPolicy.Orleans.Contracts;

namespace SellerPolicy.Orleans.Grains;

/// <summary>The latest status the fleet view heard of one seller account.</summary>
[GenerateSerializer]
internal sealed class FleetSellerStatus
{
    /// <summary>Gets or sets the sequence of the notification (the account's batches).</summary>
    [Id(0)]
    public long Sequence { get; set; }

    /// <summary>Gets or sets the day of the status.</summary>
    [Id(1)]
    public LocalDate AsOf { get; set; }

    /// <summary>Gets or sets the report names of the BAD metrics.</summary>
    [Id(2)]
    public ImmutableArray<string> FailingMetrics { get; set; } = [];
}

/// <summary>The persistent state of a marketplace's fleet view: the latest status heard of each seller account.</summary>
[GenerateSerializer]
internal sealed class FleetRiskState
{
    /// <summary>Gets the latest status of each seller account, by seller id.</summary>
    [Id(0)]
    public Dictionary<string, FleetSellerStatus> Sellers { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The sellers at risk on one marketplace, kept from the status-change stream of that marketplace (an implicit
/// subscription: the grain activates when the first notification arrives). A notification older than the one held
/// (by sequence) is ignored, so repeats and re-publications on activation change nothing.
/// </summary>
[ImplicitStreamSubscription(SellerPolicyStreams.StatusChanges)]
internal sealed class FleetRiskGrain(
    [PersistentState("fleet", SellerPolicyOptions.StorageName)] IPersistentState<FleetRiskState> state,
    IOptions<SellerPolicyOptions> options) : Grain, IFleetRiskGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        IAsyncStream<SellerStatusChanged> stream = this.GetStreamProvider(options.Value.StreamProviderName)
            .GetStream<SellerStatusChanged>(StreamId.Create(SellerPolicyStreams.StatusChanges, this.GetPrimaryKeyString()));
        await stream.SubscribeAsync((message, _) => OnStatusAsync(message));
    }

    public Task<ImmutableArray<SellerAtRisk>> GetSellersAtRiskAsync()
    {
        string marketplace = this.GetPrimaryKeyString();
        ImmutableArray<SellerAtRisk> atRisk = [.. state.State.Sellers
            .Where(s => !s.Value.FailingMetrics.IsEmpty)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new SellerAtRisk(new SellerAccountId(s.Key, marketplace), s.Value.AsOf, s.Value.FailingMetrics))];
        return Task.FromResult(atRisk);
    }

    public Task<int> GetSellersKnownAsync() => Task.FromResult(state.State.Sellers.Count);

    private async Task OnStatusAsync(SellerStatusChanged message)
    {
        string seller = message.Account.SellerId;
        if (state.State.Sellers.TryGetValue(seller, out FleetSellerStatus? held) && held.Sequence >= message.Sequence)
        {
            return;
        }

        state.State.Sellers[seller] = new FleetSellerStatus { Sequence = message.Sequence, AsOf = message.AsOf, FailingMetrics = message.FailingMetrics };
        await state.WriteStateAsync();
    }
}
