namespace SellerPolicy.Reports;

/// <summary>The image formats a chart is written in.</summary>
public enum ChartFormat
{
    /// <summary>A PNG bitmap.</summary>
    Png,

    /// <summary>An SVG vector image (text as text, every value XML-escaped).</summary>
    Svg,
}
