namespace SellerPolicy.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Tables and colours for a person (default on a terminal).</summary>
    Table,

    /// <summary>JSON for scripts (default when standard output is redirected).</summary>
    Json,

    /// <summary>Comma-separated values (commands that print rows, such as <c>series</c>).</summary>
    Csv,
}
