using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SellerPolicy.Tests.Ledger.Storage;

/// <summary>
/// Every object reachable from a root through fields and array elements (structs walked through): what the collector keeps
/// alive for it. For tests of what a ledger holds, counted by type and by identity, not by bytes.
/// </summary>
internal sealed class ReachableObjects
{
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> FieldsOf = new();
    private static readonly ConcurrentDictionary<Type, bool> References = new();
    private static readonly MethodInfo IsReferenceOrContainsReferences = typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!;
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

    private ReachableObjects(object root)
    {
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.TryPop(out object? next))
        {
            if (_seen.Add(next))
            {
                Visit(next, pending);
            }
        }
    }

    /// <summary>Gets every object reachable from the root, the root included.</summary>
    public IReadOnlyCollection<object> All => _seen;

    /// <summary>Returns the objects reachable from <paramref name="root"/>.</summary>
    public static ReachableObjects From(object root) => new(root);

    /// <summary>Returns the reachable objects of type <typeparamref name="T"/> (or derived).</summary>
    public IReadOnlyList<T> OfType<T>() => [.. _seen.OfType<T>()];

    /// <summary>Returns how many reachable objects there are of each type, by the type's full name.</summary>
    public IReadOnlyDictionary<string, int> CountsByType()
        => _seen.GroupBy(o => o.GetType().FullName ?? o.GetType().Name).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static void Visit(object value, Stack<object> pending)
    {
        Type type = value.GetType();
        if (value is string || value is Type || value is MemberInfo || value is Delegate || type.IsPointer)
        {
            return; // no field of a ledger's own behind these
        }

        if (value is Array array)
        {
            Type element = type.GetElementType()!;
            if (!HoldsReferences(element))
            {
                return;
            }

            foreach (object? item in array)
            {
                Walk(item, element, pending);
            }

            return;
        }

        WalkFields(value, type, pending);
    }

    private static void Walk(object? item, Type declared, Stack<object> pending)
    {
        if (item is null)
        {
            return;
        }

        if (declared.IsValueType && !declared.IsPrimitive && !declared.IsEnum && Nullable.GetUnderlyingType(declared) is null)
        {
            WalkFields(item, declared, pending); // a boxed copy of a struct: its fields, not the box
        }
        else if (item.GetType().IsValueType)
        {
            if (HoldsReferences(item.GetType()))
            {
                WalkFields(item, item.GetType(), pending); // a nullable struct or a boxed field of type object
            }
        }
        else
        {
            pending.Push(item);
        }
    }

    private static void WalkFields(object value, Type type, Stack<object> pending)
    {
        foreach (FieldInfo field in FieldsOf.GetOrAdd(type, AllInstanceFields))
        {
            if (HoldsReferences(field.FieldType))
            {
                Walk(field.GetValue(value), field.FieldType, pending);
            }
        }
    }

    private static FieldInfo[] AllInstanceFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (Type? t = type; t is not null; t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return [.. fields.Where(f => !f.FieldType.IsPointer && !f.FieldType.IsByRef)];
    }

    private static bool HoldsReferences(Type type)
        => !type.IsPointer && !type.IsByRefLike
           && References.GetOrAdd(type, static t => (bool)IsReferenceOrContainsReferences.MakeGenericMethod(t).Invoke(null, null)!);
}
