namespace SellerPolicy.Ingestion.Amazon;

/// <summary>One input file of an import: the name used in problems, and how to open its text.</summary>
/// <remarks>The text is opened once, read row by row and disposed; nothing holds the whole file.</remarks>
public sealed class AmazonSourceFile
{
    private readonly Func<TextReader>? _open;
    private readonly Func<Stream>? _openBytes;

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

    private AmazonSourceFile(string name, Func<Stream> openBytes)
    {
        Name = name;
        _openBytes = openBytes;
    }

    /// <summary>Gets the name used in problems.</summary>
    public string Name { get; }

    /// <summary>
    /// Returns a source over bytes whose encoding is found when it is read: UTF-8 (with or without a byte order mark),
    /// UTF-16 with a byte order mark, else windows-1252 or Shift_JIS (docs/importing.md). A byte that is not text in the
    /// encoding found is a problem naming its line and byte, never a replacement character.
    /// </summary>
    /// <param name="name">The name used in problems.</param>
    /// <param name="open">Opens the bytes; called up to three times per import (the encoding is checked on the whole file before it is read).</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static AmazonSourceFile FromStream(string name, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(open);
        return new AmazonSourceFile(name, open);
    }

    /// <summary>Returns a source that reads the file at <paramref name="path"/>, finding its encoding as <see cref="FromStream"/> does.</summary>
    /// <param name="path">The path; also the name used in problems unless <paramref name="name"/> is given.</param>
    /// <param name="name">The name used in problems, when not the path.</param>
    /// <returns>The source.</returns>
    public static AmazonSourceFile FromPath(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return FromStream(name ?? path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
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
    /// <exception cref="InvalidDataException">The bytes are not text in any encoding accepted (the message names the line and byte).</exception>
    public TextReader Open()
        => TryOpen(null, out TextReader? reader, out _, out Ledger.LedgerProblem? problem) ? reader : throw new InvalidDataException(problem!.ToString());

    /// <summary>Opens the text, finding the encoding of a byte source (<paramref name="marketplace"/> decides a legacy one).</summary>
    internal bool TryOpen(
        AmazonMarketplace? marketplace,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TextReader? reader,
        out System.Text.Encoding? encoding,
        out Ledger.LedgerProblem? problem)
    {
        if (_open is not null)
        {
            reader = _open();
            encoding = null;
            problem = null;
            return true;
        }

        encoding = AmazonTextDecoding.Detect(_openBytes!, Name, marketplace, out problem);
        reader = encoding is null ? null : new StreamReader(_openBytes!(), encoding, detectEncodingFromByteOrderMarks: true);
        return reader is not null;
    }

    /// <summary>Opens the text for counting lines only, replacing what cannot be decoded.</summary>
    internal TextReader OpenForCounting()
        => _open is not null ? _open() : new StreamReader(_openBytes!(), System.Text.Encoding.Latin1, detectEncodingFromByteOrderMarks: true);

    /// <summary>Returns the name.</summary>
    public override string ToString() => Name;
}
