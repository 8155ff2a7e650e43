using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace SellerPolicy.Orleans.Tests.Cluster;

/// <summary>
/// Grain storage that outlives any one silo of a test cluster, as a database does (Orleans' memory storage lives in grains,
/// so it dies with their silo): states are kept serialised, per cluster, in the test process, with etags checked on write.
/// </summary>
internal sealed class DurableTestStorage(Serializer serializer, IOptions<ClusterOptions> cluster) : IGrainStorage
{
    private static readonly ConcurrentDictionary<(string Cluster, string State, GrainId Grain), (byte[] Bytes, string ETag)> Store = new();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Store.TryGetValue((cluster.Value.ClusterId, stateName, grainId), out var held))
        {
            grainState.State = serializer.Deserialize<T>(held.Bytes);
            grainState.ETag = held.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (cluster.Value.ClusterId, stateName, grainId);
        string etag = Guid.NewGuid().ToString("N");
        byte[] bytes = serializer.SerializeToArray(grainState.State);
        Store.AddOrUpdate(
            key,
            _ => grainState.ETag is null ? (bytes, etag) : throw new InconsistentStateException("state written before", "none", grainState.ETag),
            (_, held) => held.ETag == grainState.ETag ? (bytes, etag) : throw new InconsistentStateException("etag mismatch", held.ETag, grainState.ETag ?? "none"));
        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Store.TryRemove((cluster.Value.ClusterId, stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
