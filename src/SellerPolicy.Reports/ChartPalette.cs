using ScottPlot;

namespace SellerPolicy.Reports;

/// <summary>
/// The chart colours: the Okabe-Ito palette, which stays distinct under the common colour-vision deficiencies. Colour is
/// never the only signal: BAD days are shaded (hatched in PNG), labelled BAD and marked ▲ on the line, the target is a thick
/// black line, the forecast is dashed and the as-of day carries a label, each named in the legend.
/// </summary>
internal static class ChartPalette
{
    /// <summary>The rate line: Okabe-Ito blue.</summary>
    public static Color Rate { get; } = Color.FromHex("#0072B2");

    /// <summary>The target line: black.</summary>
    public static Color Target { get; } = Color.FromHex("#000000");

    /// <summary>BAD days: Okabe-Ito vermillion (shading, labels, markers).</summary>
    public static Color Bad { get; } = Color.FromHex("#D55E00");

    /// <summary>The forecast: Okabe-Ito bluish green, dashed.</summary>
    public static Color Forecast { get; } = Color.FromHex("#009E73");

    /// <summary>The as-of day: Okabe-Ito reddish purple, labelled.</summary>
    public static Color AsOf { get; } = Color.FromHex("#CC79A7");

    /// <summary>Text and axes: near black, for contrast.</summary>
    public static Color Ink { get; } = Color.FromHex("#222222");
}
