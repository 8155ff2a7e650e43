using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Orleans.Streams;
using Orleans.TestingHost;
using SellerPolicy.Orleans.Hosting;
using SellerPolicy.Orleans.Tests.Cluster;

namespace SellerPolicy.Orleans.Tests;

public sealed class SellerPolicyOptionsValidatorTests
{
    [Fact]
    public void Options_of_a_silo_with_the_storage_and_stream_provider_they_name_are_valid()
    {
        ValidateOptionsResult result = Validate(new SellerPolicyOptions(), withProviders: true);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Each_bad_value_is_named_with_its_rule()
    {
        var options = new SellerPolicyOptions { MaxRecordsPerBatch = 0, MaxSeriesDays = 5000, StreamProviderName = " " };

        ValidateOptionsResult result = Validate(options, withProviders: true);

        Assert.Equal(
            [
                "SellerPolicy: MaxRecordsPerBatch must be 1 to 1,000,000, was 0.",
                "SellerPolicy: MaxSeriesDays must be 1 to 3,660, was 5000.",
                "SellerPolicy: StreamProviderName must not be blank, was ' '.",
            ],
            result.Failures!);
    }

    [Fact]
    public void A_silo_without_the_named_storage_or_stream_provider_is_told_what_to_add()
    {
        ValidateOptionsResult result = Validate(new SellerPolicyOptions { StreamProviderName = "alerts" }, withProviders: false);

        Assert.Equal(
            [
                "SellerPolicy: the silo has no grain storage named 'SellerPolicy' (add one, e.g. AddMemoryGrainStorage(\"SellerPolicy\")).",
                "SellerPolicy: the silo has no stream provider named 'alerts' (add one, e.g. AddMemoryStreams(\"alerts\")).",
            ],
            result.Failures!);
    }

    [Fact]
    public async Task A_silo_with_bad_options_does_not_start()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<BadOptionsSiloConfigurator>();
        await using TestCluster cluster = builder.Build();

        Exception error = await Assert.ThrowsAnyAsync<Exception>(cluster.DeployAsync);

        Assert.Contains("MaxRecordsPerBatch must be 1 to 1,000,000, was -5.", Flatten(error), StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(SellerPolicyOptions options, bool withProviders)
    {
        var services = new ServiceCollection();
        if (withProviders)
        {
            services.AddKeyedSingleton<IGrainStorage>(SellerPolicyOptions.StorageName, (_, _) => throw new InvalidOperationException("not resolved by the check"));
            services.AddKeyedSingleton<IStreamProvider>(options.StreamProviderName, (_, _) => throw new InvalidOperationException("not resolved by the check"));
        }

        ServiceProvider provider = services.BuildServiceProvider();
        return new SellerPolicyOptionsValidator(provider).Validate(null, options);
    }

    private static string Flatten(Exception error) => error is AggregateException all
        ? string.Join("\n", all.InnerExceptions.Select(Flatten))
        : error.Message + (error.InnerException is { } inner ? "\n" + Flatten(inner) : string.Empty);

    public sealed class BadOptionsSiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            new SellerSiloConfigurator().Configure(siloBuilder);
            siloBuilder.Services.Configure<SellerPolicyOptions>(o => o.MaxRecordsPerBatch = -5);
        }
    }
}
