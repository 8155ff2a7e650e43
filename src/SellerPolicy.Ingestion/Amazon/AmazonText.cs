namespace SellerPolicy.Ingestion.Amazon;

/// <summary>Small text helpers shared by the Amazon readers.</summary>
internal static class AmazonText
{
    /// <summary>Returns an argument exception's message without the " (Parameter 'x')" that .NET appends.</summary>
    public static string MessageOf(ArgumentException ex)
    {
        string message = ex.Message;
        int actual = message.IndexOf(Environment.NewLine + "Actual value was", StringComparison.Ordinal);
        if (actual >= 0)
        {
            message = message[..actual];
        }

        string suffix = $" (Parameter '{ex.ParamName}')";
        if (ex.ParamName is not null && message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message[..^suffix.Length];
        }

        return message;
    }
}
