using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.TestingHost;
using SellerPolicy.Orleans.Hosting;

namespace SellerPolicy.Orleans.Tests.Cluster;

/// <summary>A test silo: SellerPolicy with storage that survives a silo, and memory streams.</summary>
public sealed class SellerSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddSellerPolicy(o => o.MaxRecordsPerBatch = SellerClusters.MaxRecordsPerBatch);
        siloBuilder.Services.AddGrainStorage(SellerPolicyOptions.StorageName, (services, _) => ActivatorUtilities.CreateInstance<DurableTestStorage>(services));
        siloBuilder.AddMemoryStreams("SellerPolicy");
        siloBuilder.AddMemoryGrainStorage("PubSubStore");
    }
}

/// <summary>Starts test clusters of SellerPolicy silos.</summary>
public static class SellerClusters
{
    /// <summary>The batch limit the test silos run with.</summary>
    public const int MaxRecordsPerBatch = 5_000;

    /// <summary>Starts a cluster of <paramref name="silos"/> silos.</summary>
    public static async Task<TestCluster> StartAsync(short silos)
    {
        var builder = new TestClusterBuilder(silos);
        builder.AddSiloBuilderConfigurator<SellerSiloConfigurator>();
        TestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}

/// <summary>A two-silo cluster shared by the tests of a class.</summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await SellerClusters.StartAsync(2);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
