namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>The kind of the next JSON value for <see cref="JsonLineScanner"/>, told by its first byte.</summary>
internal enum JsonScanToken : byte
{
    /// <summary>No value can start here (invalid JSON, or the end of the text).</summary>
    None,

    /// <summary>An object: <c>{</c>.</summary>
    StartObject,

    /// <summary>An array: <c>[</c>.</summary>
    StartArray,

    /// <summary>A string: <c>"</c>.</summary>
    String,

    /// <summary>A number: <c>-</c> or a digit.</summary>
    Number,

    /// <summary>Presumably <c>true</c> (checked when read).</summary>
    True,

    /// <summary>Presumably <c>false</c> (checked when read).</summary>
    False,

    /// <summary>Presumably <c>null</c> (checked when read).</summary>
    Null,
}
