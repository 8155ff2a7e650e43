using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using SellerPolicy.Orleans;
using SellerPolicy.Orleans.Hosting;
using SellerPolicy.Silo;

// A localhost silo with SellerPolicy and a small HTTP API. Memory storage and localhost clustering unless the "Orleans"
// configuration section names real providers (README.md: "Production providers").
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
IConfigurationSection orleans = builder.Configuration.GetSection("Orleans");
bool Configured(string section) => orleans.GetSection(section)["ProviderType"] is not null;

builder.UseOrleans(silo =>
{
    if (!Configured("Clustering"))
    {
        silo.UseLocalhostClustering();
    }

    if (!Configured($"GrainStorage:{SellerPolicyOptions.StorageName}"))
    {
        silo.AddMemoryGrainStorage(SellerPolicyOptions.StorageName);
    }

    if (!Configured("GrainStorage:PubSubStore"))
    {
        silo.AddMemoryGrainStorage("PubSubStore");
    }

    SellerPolicyOptions defaults = new();
    string streams = builder.Configuration["SellerPolicy:StreamProviderName"] ?? defaults.StreamProviderName;
    if (!Configured($"Streaming:{streams}"))
    {
        silo.AddMemoryStreams(streams);
    }

    silo.AddSellerPolicy(o =>
    {
        o.StreamProviderName = streams;
        o.MaxRecordsPerBatch = builder.Configuration.GetValue("SellerPolicy:MaxRecordsPerBatch", defaults.MaxRecordsPerBatch);
        o.MaxSeriesDays = builder.Configuration.GetValue("SellerPolicy:MaxSeriesDays", defaults.MaxSeriesDays);
    });
});
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));
builder.Services.AddSingleton(new SampleLoad(
    builder.Configuration.GetValue("sellers", 0),
    builder.Configuration.GetValue("orders", 1000),
    builder.Configuration["marketplace"] ?? SellerApi.DefaultMarketplace));
builder.Services.AddHostedService<SampleSellerLoader>();

WebApplication app = builder.Build();
SellerApi.Map(app);
app.Run();

/// <summary>The sample host (public for the HTTP API tests, WebApplicationFactory).</summary>
public partial class Program;
