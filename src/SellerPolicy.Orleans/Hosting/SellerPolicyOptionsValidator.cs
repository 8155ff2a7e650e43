using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Orleans.Streams;
using SellerPolicy.Orleans.Library;

namespace SellerPolicy.Orleans.Hosting;

/// <summary>Checks <see cref="SellerPolicyOptions"/> when the silo starts, naming each bad value and its rule.</summary>
internal sealed class SellerPolicyOptionsValidator(IServiceProvider services) : IValidateOptions<SellerPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, SellerPolicyOptions options)
    {
        List<string> failures = [];
        if (options.Policy is null)
        {
            failures.Add("SellerPolicy: Policy must be set.");
        }
        else
        {
            failures.AddRange(SellerBook.PolicyProblems(options.Policy).Select(p => $"SellerPolicy: Policy {p}"));
        }

        if (options.MaxRecordsPerBatch is < 1 or > 1_000_000)
        {
            failures.Add($"SellerPolicy: MaxRecordsPerBatch must be 1 to 1,000,000, was {options.MaxRecordsPerBatch}.");
        }

        if (options.MaxSeriesDays is < 1 or > 3_660)
        {
            failures.Add($"SellerPolicy: MaxSeriesDays must be 1 to 3,660, was {options.MaxSeriesDays}.");
        }

        IServiceProviderIsKeyedService? keyed = services.GetService<IServiceProviderIsKeyedService>();
        if (keyed is not null && !keyed.IsKeyedService(typeof(IGrainStorage), SellerPolicyOptions.StorageName))
        {
            failures.Add($"SellerPolicy: the silo has no grain storage named '{SellerPolicyOptions.StorageName}' (add one, e.g. AddMemoryGrainStorage(\"{SellerPolicyOptions.StorageName}\")).");
        }

        if (string.IsNullOrWhiteSpace(options.StreamProviderName))
        {
            failures.Add($"SellerPolicy: StreamProviderName must not be blank, was '{options.StreamProviderName}'.");
        }
        else if (keyed is not null && !keyed.IsKeyedService(typeof(IStreamProvider), options.StreamProviderName))
        {
            failures.Add($"SellerPolicy: the silo has no stream provider named '{options.StreamProviderName}' (add one, e.g. AddMemoryStreams(\"{options.StreamProviderName}\")).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
