namespace SellerPolicy.Ingestion.Amazon;

/// <summary>A problem in Amazon's performance report: the file, where in the JSON (a path), and what is wrong.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Path">The JSON path, such as <c>performanceMetrics[0].orderDefectRate.mfn.rate</c>, or the line for unreadable JSON.</param>
/// <param name="Message">What is wrong, naming the value and what was expected.</param>
public sealed record AmazonReportProblem(string File, string Path, string Message)
{
    /// <summary>Formats as <c>report.json: performanceMetrics[0].lateShipmentRate.rate: expected a number, was "x".</c>.</summary>
    public override string ToString() => $"{File}: {Path}: {Message}";
}
