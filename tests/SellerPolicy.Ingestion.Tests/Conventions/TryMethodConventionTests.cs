using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Ingestion.Tests.Conventions;

/// <summary>
/// Every public <c>Try…</c> method of the core library and of Ingestion tells the compiler its nullable <c>out</c> value is set
/// when it returns true (<c>[NotNullWhen(true)]</c>), so a caller needs no <c>!</c> after <c>if (AmazonPolicies.TryGet(…, out var t))</c>.
/// </summary>
public sealed class TryMethodConventionTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> TryMethods()
    {
        var data = new TheoryData<string>();
        foreach (MethodInfo method in PublicTryMethods())
        {
            data.Add($"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})");
        }

        return data;
    }

    [Fact]
    public void TheLibrariesHaveTryMethodsWithNullableOutValues()
    {
        Assert.Contains(PublicTryMethods(), m => m.DeclaringType == typeof(AmazonPolicies) && m.Name == nameof(AmazonPolicies.TryGet));
        Assert.Contains(PublicTryMethods(), m => m.DeclaringType == typeof(AmazonMarketplace));
        Assert.True(PublicTryMethods().Count() >= 5);
    }

    [Theory]
    [MemberData(nameof(TryMethods))]
    public void ANullableOutValue_IsMarkedNotNullWhenTrue(string method)
    {
        MethodInfo info = PublicTryMethods().Single(m => $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})" == method);

        var unmarked = info.GetParameters()
            .Where(p => p.IsOut && Nullability.Create(p).WriteState == NullabilityState.Nullable)
            .Where(p => p.GetCustomAttribute<NotNullWhenAttribute>() is not { ReturnValue: true })
            .Select(p => p.Name)
            .ToList();

        Assert.True(unmarked.Count == 0, $"{method}: out {string.Join(", ", unmarked)} lacks [NotNullWhen(true)]");
    }

    [Fact]
    public void AmazonPoliciesTryGet_FoundGivesATimeline_WithoutANullCheck()
    {
        Assert.True(AmazonPolicies.TryGet("amazon", out PolicyTimeline? timeline));
        Assert.Equal(AmazonPolicies.Timeline.Versions, timeline.Versions); // compiles without '!' because of [NotNullWhen(true)]
        Assert.False(AmazonPolicies.TryGet("no-such-policy", out _));
    }

    private static IEnumerable<MethodInfo> PublicTryMethods()
        => new[] { typeof(SellerLedger).Assembly, typeof(AmazonMarketplace).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("Try", StringComparison.Ordinal) && m.ReturnType == typeof(bool) && m.GetParameters().Any(p => p.IsOut));
}
