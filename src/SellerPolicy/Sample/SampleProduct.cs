namespace SellerPolicy.Sample;

/// <summary>One product of the sample catalogue.</summary>
/// <param name="Sku">The seller SKU.</param>
/// <param name="Asin">The ASIN.</param>
/// <param name="Category">The product category.</param>
/// <param name="Price">The unit price in the ledger's currency.</param>
internal sealed record SampleProduct(string Sku, string Asin, string Category, decimal Price);
