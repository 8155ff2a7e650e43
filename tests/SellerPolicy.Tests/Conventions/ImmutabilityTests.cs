using System.Reflection;
using System.Runtime.CompilerServices;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Conventions;

/// <summary>
/// Every public type of the library is immutable: no public setter except <c>init</c>, no public mutable field, and
/// every struct is <c>readonly</c>. Builders are the one exception, listed by rule: a type named <c>*Builder</c> or
/// a nested type named <c>Builder</c>. Exceptions are left out (they are thrown, not shared).
/// </summary>
public sealed class ImmutabilityTests
{
    private static readonly Assembly Library = typeof(SellerLedger).Assembly;

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type type in Checked())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Library_HasPublicTypesToCheck()
    {
        Assert.True(Checked().Count() > 30);
        Assert.Contains(typeof(SellerLedger.Builder), Builders());
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoPublicNonInitSetter(string typeName)
    {
        Type type = Library.GetType(typeName, throwOnError: true)!;

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true } set && !IsInitOnly(set))
            .Select(p => p.Name)
            .ToList();

        Assert.True(setters.Count == 0, $"{typeName} has public setters: {string.Join(", ", setters)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_HasNoPublicMutableField(string typeName)
    {
        Type type = Library.GetType(typeName, throwOnError: true)!;

        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !type.IsEnum)
            .Select(f => f.Name)
            .ToList();

        Assert.True(fields.Count == 0, $"{typeName} has public mutable fields: {string.Join(", ", fields)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicStruct_IsReadOnly(string typeName)
    {
        Type type = Library.GetType(typeName, throwOnError: true)!;

        Assert.True(!type.IsValueType || type.IsEnum || type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false),
            $"{typeName} is a struct but not a readonly struct");
    }

    [Fact]
    public void Checks_WouldCatchAMutableType()
    {
        Assert.Contains(typeof(Mutable).GetProperties(), p => p.SetMethod is { IsPublic: true } set && !IsInitOnly(set));
        Assert.DoesNotContain(typeof(SellerPolicy.Sample.SampleLedgerOptions).GetProperties(), p => p.SetMethod is { } set && !IsInitOnly(set));
        Assert.False(typeof(MutableStruct).IsDefined(typeof(IsReadOnlyAttribute), inherit: false));
        Assert.True(typeof(Money).IsDefined(typeof(IsReadOnlyAttribute), inherit: false));
    }

    private static IEnumerable<Type> Checked()
        => Library.GetTypes()
            .Where(t => t.IsVisible && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t) && !typeof(Delegate).IsAssignableFrom(t))
            .Except(Builders())
            .Where(t => !typeof(System.Collections.IEnumerator).IsAssignableFrom(t)) // enumerators move by nature, as ImmutableArray<T>.Enumerator
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<Type> Builders()
        => Library.GetTypes().Where(t => t.IsVisible && (t.Name.EndsWith("Builder", StringComparison.Ordinal) || (t.IsNested && t.Name == "Builder")));

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private sealed class Mutable
    {
        public int Value { get; set; }
    }

    private struct MutableStruct
    {
        public int Value { get; set; }
    }
}
