using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SellerPolicy.Orleans.Hosting;

/// <summary>Adds SellerPolicy to an Orleans silo.</summary>
public static class SellerPolicySiloBuilderExtensions
{
    /// <summary>
    /// Adds the SellerPolicy grains' settings, checked when the silo starts: the options' values, and that the silo has a
    /// grain storage named <see cref="SellerPolicyOptions.StorageName"/> and a stream provider named
    /// <see cref="SellerPolicyOptions.StreamProviderName"/>. The grains themselves are found by Orleans in this assembly.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets the options, or null for the defaults.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddSellerPolicy(this ISiloBuilder builder, Action<SellerPolicyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        OptionsBuilder<SellerPolicyOptions> options = builder.Services.AddOptions<SellerPolicyOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SellerPolicyOptions>, SellerPolicyOptionsValidator>();
        return builder;
    }
}
