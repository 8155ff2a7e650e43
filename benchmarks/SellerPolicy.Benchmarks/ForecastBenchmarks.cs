using BenchmarkDotNet.Attributes;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// A forecast (120-day horizon, 30-day volume look-back: the defaults) and a what-if with one change (a claim withdrawn) as of
/// the ledger's last day, on an engine already built: both reuse its index and recompute only the orders still open that day
/// and the one the change touches. Target (issue 19): under 50 ms each at 1M orders.
/// </summary>
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private AccountHealthEngine _engine = null!;
    private LocalDate _asOf;
    private HypotheticalChange[] _change = [];

    /// <summary>Gets or sets the number of orders.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.Orders))]
    public int Orders { get; set; }

    /// <summary>Loads the ledger, builds the engine and picks the latest claim filed by the as-of day.</summary>
    [GlobalSetup]
    public void Setup()
    {
        SellerLedger ledger = LedgerCache.Load(Orders);
        _asOf = LedgerCache.Options(Orders).LastDay;
        _engine = AccountHealthEngine.Create(ledger, AmazonPolicies.Current);
        Instant end = AmazonPolicies.Current.Reporting.EndOf(_asOf);
        AtoZClaim claim = ledger.Claims.Where(c => c.FiledAt < end).MaxBy(c => c.FiledAt)
            ?? throw new InvalidOperationException("the benchmark ledger has no claim");
        _change = [new WithdrawClaim(claim.ClaimId, end - Duration.FromHours(1))];
    }

    /// <summary>The engine's forecast as of the last day.</summary>
    [Benchmark]
    public AccountHealthForecast EngineForecast() => _engine.Forecast(_asOf);

    /// <summary>The engine's what-if of one withdrawn claim: both snapshots and both forecasts.</summary>
    [Benchmark]
    public WhatIfComparison EngineWhatIfOneChange() => _engine.WhatIf(_asOf, _change);
}
