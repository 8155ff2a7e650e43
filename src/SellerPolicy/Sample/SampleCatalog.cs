using System.Collections.Immutable;

namespace SellerPolicy.Sample;

/// <summary>The sample seller's catalogue: 40 SKUs in ten categories, priced 3-120, most popular first.</summary>
internal static class SampleCatalog
{
    private static readonly string[] Categories = ["Kitchen", "Beauty", "Electronics", "Apparel", "Grocery", "Toys", "Books", "Sports", "Health", "Home"];

    /// <summary>
    /// Returns a catalogue of <paramref name="size"/> SKUs (0: <see cref="Products"/>): ten categories, prices from 0.99 to
    /// 499.99 in cents, spread so that cheap items are more common; the same for every seed (it is a seller's catalogue,
    /// not a year of orders).
    /// </summary>
    public static ImmutableArray<SampleProduct> OfSize(int size)
    {
        if (size == 0)
        {
            return Products;
        }

        if (size is < 0 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"size must be 0 (the built-in catalogue) or 1-1,000,000 products, was {size}.");
        }
        var random = new SampleRandom(size);
        var products = ImmutableArray.CreateBuilder<SampleProduct>(size);
        for (int i = 0; i < size; i++)
        {
            double u = random.NextDouble();
            decimal price = (99 + (int)(u * u * u * 49_900)) / 100m;
            products.Add(new SampleProduct($"SKU-{i + 1:D7}", $"B{i + 1:D9}", Categories[i % Categories.Length], price));
        }

        return products.MoveToImmutable();
    }

    public static ImmutableArray<SampleProduct> Products { get; } =
    [
        new("MUG-01", "B07MUG0001", "Kitchen", 9.99m),
        new("LIPBALM-3PK", "B08LIP0002", "Beauty", 4.49m),
        new("USB-C-CABLE-1M", "B09CBL0003", "Electronics", 7.99m),
        new("SOCKS-6PK", "B07SOX0004", "Apparel", 12.99m),
        new("COFFEE-BEANS-1KG", "B08COF0005", "Grocery", 18.50m),
        new("PUZZLE-500", "B06PZL0006", "Toys", 14.99m),
        new("NOVEL-PB-01", "B01NOV0007", "Books", 11.99m),
        new("SPATULA-SET", "B07SPT0008", "Kitchen", 15.99m),
        new("HAND-CREAM", "B08HND0009", "Beauty", 6.99m),
        new("PHONE-CASE-X", "B09PHC0010", "Electronics", 13.99m),
        new("TEA-SAMPLER", "B07TEA0011", "Grocery", 8.99m),
        new("TSHIRT-BASIC", "B08TSH0012", "Apparel", 16.99m),
        new("BUILDING-BLOCKS", "B07BLK0013", "Toys", 29.99m),
        new("COOKBOOK-HC", "B00CKB0014", "Books", 24.99m),
        new("WATER-BOTTLE", "B08WTR0015", "Sports", 19.99m),
        new("VITAMIN-D", "B07VIT0016", "Health", 9.49m),
        new("CANDLE-VANILLA", "B08CND0017", "Home", 12.49m),
        new("EARBUDS-BT", "B09EAR0018", "Electronics", 39.99m),
        new("CHEF-KNIFE", "B07KNF0019", "Kitchen", 44.99m),
        new("SERUM-VITC", "B08SRM0020", "Beauty", 21.99m),
        new("HOODIE-ZIP", "B08HOD0021", "Apparel", 39.99m),
        new("BOARD-GAME", "B07BRD0022", "Toys", 34.99m),
        new("YOGA-MAT", "B07YGA0023", "Sports", 27.99m),
        new("THROW-PILLOW", "B08PIL0024", "Home", 17.99m),
        new("PROTEIN-BAR-12", "B08PRO0025", "Grocery", 22.99m),
        new("KIDS-ATLAS", "B01ATL0026", "Books", 19.99m),
        new("CAST-IRON-PAN", "B07PAN0027", "Kitchen", 54.99m),
        new("SMART-PLUG-2PK", "B09PLG0028", "Electronics", 24.99m),
        new("FIRST-AID-KIT", "B07AID0029", "Health", 16.99m),
        new("RC-CAR", "B08RCC0030", "Toys", 59.99m),
        new("RUNNING-SHOES", "B08RUN0031", "Apparel", 79.99m),
        new("DESK-LAMP", "B08LMP0032", "Home", 32.99m),
        new("HAIR-DRYER", "B08DRY0033", "Beauty", 49.99m),
        new("DUMBBELL-PAIR", "B07DMB0034", "Sports", 64.99m),
        new("BLENDER-PRO", "B08BLN0035", "Kitchen", 89.99m),
        new("SPICE-SET", "B07SPC0036", "Grocery", 3.49m),
        new("BT-SPEAKER", "B09SPK0037", "Electronics", 69.99m),
        new("WINTER-JACKET", "B08JKT0038", "Apparel", 119.99m),
        new("AIR-PURIFIER", "B09AIR0039", "Home", 109.99m),
        new("SMARTWATCH", "B09WCH0040", "Electronics", 99.99m),
    ];
}
