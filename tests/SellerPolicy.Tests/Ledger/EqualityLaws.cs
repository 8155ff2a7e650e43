using FsCheck;
using FsCheck.Fluent;

namespace SellerPolicy.Tests.Ledger;

/// <summary>The equality laws every domain value obeys, as one FsCheck property.</summary>
internal static class EqualityLaws
{
    /// <summary>
    /// Reflexive, equal to an independently built copy (both ways, same hash code, <c>==</c> where defined),
    /// symmetric on random pairs, and equal values hash alike.
    /// </summary>
    public static Property Hold<T>(Gen<T> gen, Func<T, T> copy)
        where T : notnull
        => Prop.ForAll(Arb.From(from a in gen from b in gen select (a, b)), pair =>
        {
            (T x, T y) = pair;
            T c = copy(x);
            bool reflexive = x.Equals(x) && EqualityComparer<T>.Default.Equals(x, x);
            bool copyEqual = !ReferenceEquals(x, c) || typeof(T).IsValueType
                ? x.Equals(c) && c.Equals(x) && EqualityComparer<T>.Default.Equals(x, c) && x.GetHashCode() == c.GetHashCode()
                : false;
            bool symmetric = x.Equals(y) == y.Equals(x) && EqualityComparer<T>.Default.Equals(x, y) == EqualityComparer<T>.Default.Equals(y, x);
            bool hashes = !x.Equals(y) || x.GetHashCode() == y.GetHashCode();
            bool notNull = !x.Equals(null);
            return reflexive.Label("reflexive")
                .And(copyEqual.Label("equal to a copy, same hash"))
                .And(symmetric.Label("symmetric"))
                .And(hashes.Label("equal values hash alike"))
                .And(notNull.Label("not equal to null"));
        });
}
