namespace SellerPolicy.Ingestion.Amazon;

/// <summary>One input file of an import: the name used in problems, and how to open its text.</summary>
/// <remarks>The text is opened once, read row by row and disposed; nothing holds the whole file.</remarks>
public sealed class AmazonSourceFile
{
    private readonly Func<TextReader> _open;

    /// <summary>Creates a source.</summary>
    /// <param name="name">The name used in problems (usually the path as the user typed it).</param>
    /// <param name="open">Opens the text; called once per import.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public AmazonSourceFile(string name, Func<TextReader> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(open);
        Name = name;
        _open = open;
    }

    /// <summary>Gets the name used in problems.</summary>
    public string Name { get; }

    /// <summary>Returns a source that reads the file at <paramref name="path"/> (UTF-8 unless a byte order mark says otherwise).</summary>
    /// <param name="path">The path; also the name used in problems unless <paramref name="name"/> is given.</param>
    /// <param name="name">The name used in problems, when not the path.</param>
    /// <returns>The source.</returns>
    public static AmazonSourceFile FromPath(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new AmazonSourceFile(name ?? path, () => new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true));
    }

    /// <summary>Returns a source over text held in memory (tests, or text already downloaded).</summary>
    /// <param name="name">The name used in problems.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The source.</returns>
    public static AmazonSourceFile FromText(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AmazonSourceFile(name, () => new StringReader(text));
    }

    /// <summary>Opens the text.</summary>
    /// <returns>A reader the caller disposes.</returns>
    public TextReader Open() => _open();

    /// <summary>Returns the name.</summary>
    public override string ToString() => Name;
}
