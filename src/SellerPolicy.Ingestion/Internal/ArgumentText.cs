namespace SellerPolicy.Ingestion.Internal;

/// <summary>The rule an <see cref="ArgumentException"/> of a record's constructor states, for a problem message.</summary>
internal static class ArgumentText
{
    /// <summary>
    /// Returns the exception's message without what .NET appends to it: the <c> (Parameter 'x')</c> after the rule, which
    /// the problem names as its field instead, and the actual value of an <see cref="ArgumentOutOfRangeException"/> (the
    /// rules name it themselves).
    /// </summary>
    /// <param name="ex">The exception.</param>
    /// <returns>The rule, e.g. <c>rating must be 1-5, was 7.</c></returns>
    public static string RuleOf(ArgumentException ex)
    {
        string message = ex.Message;
        int actual = message.IndexOf(Environment.NewLine + "Actual value was", StringComparison.Ordinal);
        if (actual >= 0)
        {
            message = message[..actual];
        }

        string suffix = $" (Parameter '{ex.ParamName}')";
        return ex.ParamName is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
