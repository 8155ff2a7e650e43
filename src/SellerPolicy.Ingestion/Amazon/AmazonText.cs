using SellerPolicy.Ingestion.Internal;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>Small text helpers shared by the Amazon readers.</summary>
internal static class AmazonText
{
    /// <summary>Returns an argument exception's rule (see <see cref="ArgumentText.RuleOf"/>).</summary>
    public static string MessageOf(ArgumentException ex) => ArgumentText.RuleOf(ex);
}
