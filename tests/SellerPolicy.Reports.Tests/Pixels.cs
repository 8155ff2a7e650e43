using SkiaSharp;

namespace SellerPolicy.Reports.Tests;

/// <summary>What a PNG holds: its size, how many distinct colours, and the share of pixels that are not the background.</summary>
public static class Pixels
{
    public static (int Width, int Height, int Colours, double Inked) Measure(byte[] png)
    {
        using SKBitmap bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("not a PNG image");
        var colours = new HashSet<uint>();
        int inked = 0;
        SKColor background = bitmap.GetPixel(0, 0);
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                colours.Add((uint)c);
                if (c != background)
                {
                    inked++;
                }
            }
        }

        return (bitmap.Width, bitmap.Height, colours.Count, inked / (double)(((bitmap.Width + 1) / 2) * ((bitmap.Height + 1) / 2)));
    }
}
