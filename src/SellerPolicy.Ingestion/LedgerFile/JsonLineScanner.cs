using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using NodaTime;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// A strict, allocation-free forward scanner over the UTF-8 bytes of one ledger line (one JSON object), for
/// <see cref="FastRecordParser"/>: it validates the whole line against the JSON grammar as it goes and hands out values
/// as slices of the line, so that well-formed lines are read without a general tokenizer.
/// </summary>
/// <remarks>
/// <para>Contract: every method returns false, and sets <see cref="Failed"/> (which stays set), when the text at the
/// scanner's position is not valid JSON of the kind the caller asked for (an invalid token, a missing separator, a raw
/// control character or a bad escape in a string, nesting deeper than <see cref="MaxDepth"/>); the end of an object or
/// array returns false without it. The caller
/// then declines the line, so that <see cref="LedgerRecordParser"/> reads it and reports the problem. The scanner never
/// accepts text that <see cref="System.Text.Json.JsonDocument"/> (with the full parser's options: no comments, no
/// trailing commas, MaxDepth 16) rejects; it may reject more (an escaped field name, a lone surrogate in a string that is
/// read), which only costs speed.</para>
/// <para>It does not check that the bytes are UTF-8: the caller does that once for the whole line.</para>
/// <para>Usage: <see cref="EnterObject"/>, then <see cref="NextField"/> until it returns false; after each field exactly
/// one value is read (<see cref="ReadString"/>, <see cref="ReadNumber"/>, <see cref="ReadLiteral"/>, <see cref="EnterObject"/>,
/// <see cref="EnterArray"/> with <see cref="NextElement"/>, or <see cref="SkipValue"/>); <see cref="Peek"/> tells which
/// kind of value comes next. At the end, <see cref="AtEnd"/> checks that only whitespace follows the object.</para>
/// </remarks>
internal ref struct JsonLineScanner
{
    /// <summary>The deepest nesting of objects and arrays read, as the full parser's <c>MaxDepth</c>.</summary>
    public const int MaxDepth = 16;

    /// <summary>
    /// The <see cref="JsonScanToken"/> of each first byte: 3 (string) at <c>"</c>, 1 at <c>{</c>, 2 at <c>[</c>, 4 (number) at
    /// <c>-</c> and the digits, 5, 6 and 7 at <c>t</c>, <c>f</c> and <c>n</c>, 0 (none) elsewhere.
    /// </summary>
    private static ReadOnlySpan<byte> TokenKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private readonly ReadOnlySpan<byte> _text;
    private int _pos;
    private int _depth;

    // True right after '{' or '[': the next member or element needs no comma (and a closing bracket is an empty container).
    private bool _first;
    private bool _failed;

    /// <summary>Creates a scanner at the start of <paramref name="text"/>.</summary>
    /// <param name="text">The UTF-8 text of one line, without its line end.</param>
    public JsonLineScanner(ReadOnlySpan<byte> text)
    {
        _text = text;
    }

    /// <summary>Gets the offset of the next byte to read.</summary>
    public readonly int Position => _pos;

    /// <summary>Gets a value indicating whether the text was found not to be valid JSON (set once, never cleared).</summary>
    public readonly bool Failed => _failed;

    /// <summary>Gets the kind of the next value, from its first byte after whitespace, without reading it.</summary>
    /// <returns>The kind, or <see cref="JsonScanToken.None"/> when no value can start there.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsonScanToken Peek()
    {
        SkipWhitespace();
        return (uint)_pos < (uint)_text.Length ? Classify(_text[_pos]) : JsonScanToken.None;
    }

    /// <summary>Reads the <c>{</c> that opens an object.</summary>
    /// <returns>Whether an object starts here (within <see cref="MaxDepth"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool EnterObject() => Enter((byte)'{');

    /// <summary>Reads the <c>[</c> that opens an array.</summary>
    /// <returns>Whether an array starts here (within <see cref="MaxDepth"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool EnterArray() => Enter((byte)'[');

    /// <summary>
    /// Moves to the next field of the current object and past its colon, onto its value. Returns false at the closing
    /// brace (which it reads) and on invalid JSON or an escaped field name (which only the full parser compares unescaped;
    /// both set <see cref="Failed"/>).
    /// </summary>
    /// <param name="name">The field name as written (no escapes).</param>
    /// <returns>Whether there is a field.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public bool NextField(out ReadOnlySpan<byte> name)
    {
        if (TryNextPlainMember(out name))
        {
            return true;
        }

        if (!NextMember(out name, out bool escaped))
        {
            return false;
        }

        if (escaped)
        {
            return Fail();
        }

        return true;
    }

    /// <summary>
    /// Moves to the next element of the current array. Returns false at the closing bracket (which it reads) and on
    /// invalid JSON (setting <see cref="Failed"/>).
    /// </summary>
    /// <returns>Whether there is an element.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool NextElement()
    {
        SkipWhitespace();
        if ((uint)_pos >= (uint)_text.Length)
        {
            return Fail();
        }

        byte c = _text[_pos];
        if (c == (byte)']')
        {
            _pos++;
            _depth--;
            _first = false;
            return false;
        }

        if (_first)
        {
            _first = false;
            return true;
        }

        if (c != (byte)',')
        {
            return Fail();
        }

        _pos++;
        return true;
    }

    /// <summary>
    /// Reads a string value. A backslash anywhere in it is validated as a JSON escape but left in place:
    /// <paramref name="escaped"/> says so, and <see cref="TryUnescape"/> decodes it.
    /// </summary>
    /// <param name="raw">The bytes between the quotes, as written.</param>
    /// <param name="escaped">Whether the string has an escape.</param>
    /// <returns>Whether a valid string was read.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public bool ReadString(out ReadOnlySpan<byte> raw, out bool escaped)
    {
        // The common case, a short plain string right here, without a call; anything else takes the general path.
        ReadOnlySpan<byte> text = _text;
        int pos = _pos;
        if ((uint)pos < (uint)text.Length && text[pos] == (byte)'"')
        {
            int end = PlainStringEnd(text, pos + 1);
            if (end >= 0)
            {
                raw = text[(pos + 1)..end];
                escaped = false;
                _pos = end + 1;
                _first = false;
                return true;
            }
        }

        return ReadStringSlow(out raw, out escaped);
    }

    /// <summary>The general path of <see cref="ReadString"/>: whitespace, escapes, long strings, invalid text.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private bool ReadStringSlow(out ReadOnlySpan<byte> raw, out bool escaped)
    {
        SkipWhitespace();
        if ((uint)_pos >= (uint)_text.Length || _text[_pos] != (byte)'"')
        {
            raw = default;
            escaped = false;
            return Fail();
        }

        return ScanString(out raw, out escaped);
    }

    /// <summary>
    /// Reads a string value written in the ledger writer's instant forms (<c>uuuu-MM-ddTHH:mm:ss.fffZ</c> or
    /// <c>uuuu-MM-ddTHH:mm:ssZ</c>, right at the position), as <see cref="CanonicalInstant.TryParseUtf8"/> reads it, without
    /// scanning for its end first: the parse accepts only digits and separators, so a quote where such a string must end
    /// is its end. Returns false, having read nothing and without setting <see cref="Failed"/>, for anything else, which
    /// the caller then reads with <see cref="ReadString"/>.
    /// </summary>
    /// <param name="instant">The instant read.</param>
    /// <returns>Whether an instant in one of those forms was read.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public bool TryReadCanonicalInstant(out Instant instant)
    {
        const int Milliseconds = 24;
        const int Seconds = 20;
        ReadOnlySpan<byte> text = _text;
        int pos = _pos;
        instant = default;
        if ((uint)(pos + Milliseconds + 1) >= (uint)text.Length || text[pos] != (byte)'"')
        {
            return false;
        }

        int length = text[pos + Milliseconds + 1] == (byte)'"' && CanonicalInstant.TryParseUtf8(text.Slice(pos + 1, Milliseconds), out instant)
            ? Milliseconds
            : text[pos + Seconds + 1] == (byte)'"' && CanonicalInstant.TryParseUtf8(text.Slice(pos + 1, Seconds), out instant) ? Seconds : 0;
        if (length == 0)
        {
            return false;
        }

        _pos = pos + length + 2;
        _first = false;
        return true;
    }

    /// <summary>
    /// Reads a number: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>. What follows it is checked by the next call
    /// (a separator or the end of the container), so <c>01</c> or <c>1x</c> fail there.
    /// </summary>
    /// <param name="number">The number's text.</param>
    /// <param name="integer">Whether it has neither a fraction nor an exponent.</param>
    /// <returns>Whether a valid number was read.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadNumber(out ReadOnlySpan<byte> number, out bool integer)
    {
        SkipWhitespace();
        ReadOnlySpan<byte> text = _text;
        int start = _pos;
        int i = start;
        integer = true;
        number = default;
        if ((uint)i < (uint)text.Length && text[i] == (byte)'-')
        {
            i++;
        }

        if ((uint)i >= (uint)text.Length)
        {
            return Fail();
        }

        if (text[i] == (byte)'0')
        {
            i++;
        }
        else if (IsDigit(text[i]))
        {
            i = Digits(text, i + 1);
        }
        else
        {
            return Fail();
        }

        if ((uint)i < (uint)text.Length && text[i] == (byte)'.')
        {
            integer = false;
            int fraction = i + 1;
            if ((uint)fraction >= (uint)text.Length || !IsDigit(text[fraction]))
            {
                return Fail();
            }

            i = Digits(text, fraction + 1);
        }

        if ((uint)i < (uint)text.Length && (text[i] | 0x20) == (byte)'e')
        {
            integer = false;
            i++;
            if ((uint)i < (uint)text.Length && (text[i] == (byte)'+' || text[i] == (byte)'-'))
            {
                i++;
            }

            if ((uint)i >= (uint)text.Length || !IsDigit(text[i]))
            {
                return Fail();
            }

            i = Digits(text, i + 1);
        }

        number = text[start..i];
        _pos = i;
        _first = false;
        return true;
    }

    /// <summary>Reads <c>true</c>, <c>false</c> or <c>null</c>, whichever <see cref="Peek"/> announced.</summary>
    /// <param name="token"><see cref="JsonScanToken.True"/>, <see cref="JsonScanToken.False"/> or <see cref="JsonScanToken.Null"/>.</param>
    /// <returns>Whether that literal is written here.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadLiteral(JsonScanToken token)
    {
        SkipWhitespace();
        ReadOnlySpan<byte> literal = token switch
        {
            JsonScanToken.True => "true"u8,
            JsonScanToken.False => "false"u8,
            JsonScanToken.Null => "null"u8,
            _ => default,
        };
        if (literal.IsEmpty || !_text[_pos..].StartsWith(literal))
        {
            return Fail();
        }

        _pos += literal.Length;
        _first = false;
        return true;
    }

    /// <summary>Reads and validates one value of any kind (the value of a field the reader ignores).</summary>
    /// <returns>Whether a valid value was read.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SkipValue()
    {
        JsonScanToken token = Peek();
        switch (token)
        {
            case JsonScanToken.String:
                return ScanString(out _, out _);
            case JsonScanToken.Number:
                return ReadNumber(out _, out _);
            case JsonScanToken.True:
            case JsonScanToken.False:
            case JsonScanToken.Null:
                return ReadLiteral(token);
            case JsonScanToken.StartObject:
                if (!EnterObject())
                {
                    return false;
                }

                while (NextMember(out _, out _))
                {
                    if (!SkipValue())
                    {
                        return false;
                    }
                }

                return !_failed;
            case JsonScanToken.StartArray:
                if (!EnterArray())
                {
                    return false;
                }

                while (NextElement())
                {
                    if (!SkipValue())
                    {
                        return false;
                    }
                }

                return !_failed;
            default:
                return Fail();
        }
    }

    /// <summary>
    /// Moves past a value the caller knows to be complete and valid JSON at this depth (its exact text was read without
    /// fault before: see <see cref="LineListCache"/>).
    /// </summary>
    /// <param name="length">The length of the value's text, which starts at <see cref="Position"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SkipKnownValue(int length)
    {
        _pos += length;
        _first = false;
    }

    /// <summary>Checks that nothing but whitespace is left (after the line's object).</summary>
    /// <returns>Whether the line ends here.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AtEnd()
    {
        SkipWhitespace();
        return !_failed && _depth == 0 && _pos == _text.Length;
    }

    /// <summary>
    /// Decodes the escapes of a string read by <see cref="ReadString"/> into UTF-16, as
    /// <see cref="System.Text.Json.Utf8JsonReader.GetString"/> would (<c>\" \\ \/ \b \f \n \r \t \uXXXX</c>, surrogate
    /// pairs joined). Returns false for a lone surrogate, and when <paramref name="destination"/> is too small; a
    /// destination of <c>raw.Length</c> chars is always enough.
    /// </summary>
    /// <param name="raw">The string's bytes between the quotes: valid UTF-8 with valid JSON escapes.</param>
    /// <param name="destination">Where the characters go.</param>
    /// <param name="written">How many characters were written.</param>
    /// <returns>Whether the string was decoded.</returns>
    public static bool TryUnescape(ReadOnlySpan<byte> raw, Span<char> destination, out int written)
    {
        written = 0;
        while (!raw.IsEmpty)
        {
            int backslash = raw.IndexOf((byte)'\\');
            ReadOnlySpan<byte> plain = backslash < 0 ? raw : raw[..backslash];
            if (!plain.IsEmpty)
            {
                if (Utf8.ToUtf16(plain, destination[written..], out _, out int chars) != System.Buffers.OperationStatus.Done)
                {
                    return false;
                }

                written += chars;
            }

            if (backslash < 0)
            {
                return true;
            }

            raw = raw[(backslash + 1)..];
            if (raw.IsEmpty || written >= destination.Length)
            {
                return false;
            }

            byte e = raw[0];
            raw = raw[1..];
            char c;
            switch (e)
            {
                case (byte)'"': c = '"'; break;
                case (byte)'\\': c = '\\'; break;
                case (byte)'/': c = '/'; break;
                case (byte)'b': c = '\b'; break;
                case (byte)'f': c = '\f'; break;
                case (byte)'n': c = '\n'; break;
                case (byte)'r': c = '\r'; break;
                case (byte)'t': c = '\t'; break;
                case (byte)'u':
                    if (!Hex4(raw, out c))
                    {
                        return false;
                    }

                    raw = raw[4..];
                    if (char.IsLowSurrogate(c))
                    {
                        return false;
                    }

                    if (char.IsHighSurrogate(c))
                    {
                        if (raw.Length < 6 || raw[0] != (byte)'\\' || raw[1] != (byte)'u' || !Hex4(raw[2..], out char low)
                            || !char.IsLowSurrogate(low) || written + 1 >= destination.Length)
                        {
                            return false;
                        }

                        destination[written++] = c;
                        c = low;
                        raw = raw[6..];
                    }

                    break;
                default:
                    return false;
            }

            destination[written++] = c;
        }

        return true;
    }

    /// <summary>Decodes a string read by <see cref="ReadString"/> (see <see cref="TryUnescape"/>); null for a lone surrogate.</summary>
    /// <param name="raw">The string's bytes between the quotes.</param>
    /// <param name="escaped">Whether it has an escape.</param>
    /// <returns>The string, or null.</returns>
    public static string? GetString(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped)
        {
            return Encoding.UTF8.GetString(raw);
        }

        const int StackLimit = 256;
        Span<char> chars = raw.Length <= StackLimit ? stackalloc char[StackLimit] : new char[raw.Length];
        return TryUnescape(raw, chars, out int written) ? new string(chars[..written]) : null;
    }

    /// <summary>The kind of value that starts with <paramref name="c"/>: one load from <see cref="TokenKinds"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsonScanToken Classify(byte c) => (JsonScanToken)TokenKinds[c];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(byte c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Digits(ReadOnlySpan<byte> text, int i)
    {
        while ((uint)i < (uint)text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Hex4(ReadOnlySpan<byte> s, out char c)
    {
        c = '\0';
        if (s.Length < 4)
        {
            return false;
        }

        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            int digit = HexValue(s[i]);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        c = (char)value;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        // The writer writes no whitespace: test once, loop only when there is some.
        if ((uint)_pos < (uint)_text.Length && _text[_pos] <= (byte)' ')
        {
            SkipWhitespaceLoop();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipWhitespaceLoop()
    {
        while ((uint)_pos < (uint)_text.Length && _text[_pos] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            _pos++;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Fail()
    {
        _failed = true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Enter(byte open)
    {
        SkipWhitespace();
        if ((uint)_pos >= (uint)_text.Length || _text[_pos] != open || _depth >= MaxDepth)
        {
            return Fail();
        }

        _pos++;
        _depth++;
        _first = true;
        return true;
    }

    /// <summary>
    /// The common case of <see cref="NextField"/>, without a call: a comma (unless the member is the object's first), a
    /// short plain name and its colon, with no whitespace between. False, with nothing read, for anything else (which
    /// <see cref="NextMember"/> then reads or rejects).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryNextPlainMember(out ReadOnlySpan<byte> name)
    {
        ReadOnlySpan<byte> text = _text;
        int quote = _first ? _pos : _pos + 1;
        if ((uint)quote < (uint)text.Length && text[quote] == (byte)'"' && (_first || text[quote - 1] == (byte)','))
        {
            int end = PlainStringEnd(text, quote + 1);
            if (end >= 0 && (uint)(end + 1) < (uint)text.Length && text[end + 1] == (byte)':')
            {
                name = text[(quote + 1)..end];
                _pos = end + 2;
                _first = false;
                return true;
            }
        }

        name = default;
        return false;
    }

    /// <summary>The next member of the current object, escaped names allowed; false at the closing brace or on invalid JSON.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private bool NextMember(out ReadOnlySpan<byte> name, out bool escaped)
    {
        name = default;
        escaped = false;
        SkipWhitespace();
        if ((uint)_pos >= (uint)_text.Length)
        {
            return Fail();
        }

        byte c = _text[_pos];
        if (c == (byte)'}')
        {
            _pos++;
            _depth--;
            _first = false;
            return false;
        }

        if (!_first)
        {
            if (c != (byte)',')
            {
                return Fail();
            }

            _pos++;
            SkipWhitespace();
            if ((uint)_pos >= (uint)_text.Length)
            {
                return Fail();
            }

            c = _text[_pos];
        }

        if (c != (byte)'"' || !ScanString(out name, out escaped))
        {
            return Fail();
        }

        SkipWhitespace();
        if ((uint)_pos >= (uint)_text.Length || _text[_pos] != (byte)':')
        {
            return Fail();
        }

        _pos++;
        return true;
    }

    /// <summary>Reads the string whose opening quote is at the position; validates control characters and escapes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ScanString(out ReadOnlySpan<byte> raw, out bool escaped)
    {
        ReadOnlySpan<byte> text = _text;
        int start = _pos + 1;
        int i = start;
        escaped = false;
        while (true)
        {
            i = IndexOfStringStop(text, i);
            if ((uint)i >= (uint)text.Length)
            {
                raw = default;
                return Fail();
            }

            byte c = text[i];
            if (c == (byte)'"')
            {
                break;
            }

            if (c != (byte)'\\')
            {
                // A raw control character.
                raw = default;
                return Fail();
            }

            escaped = true;
            i++;
            if ((uint)i >= (uint)text.Length)
            {
                raw = default;
                return Fail();
            }

            switch (text[i])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    i++;
                    break;
                case (byte)'u':
                    // Half of a surrogate pair without the other half makes no string: declined wherever it is, even in
                    // a skipped value, as the full parser reports it wherever it is.
                    if (!Hex4(text[(i + 1)..], out char unit) || char.IsLowSurrogate(unit))
                    {
                        raw = default;
                        return Fail();
                    }

                    i += 5;
                    if (char.IsHighSurrogate(unit))
                    {
                        if (i + 1 >= text.Length || text[i] != (byte)'\\' || text[i + 1] != (byte)'u'
                            || !Hex4(text[(i + 2)..], out char low) || !char.IsLowSurrogate(low))
                        {
                            raw = default;
                            return Fail();
                        }

                        i += 6;
                    }

                    break;
                default:
                    raw = default;
                    return Fail();
            }
        }

        raw = text[start..i];
        _pos = i + 1;
        _first = false;
        return true;
    }

    /// <summary>
    /// The index of the closing quote of a plain string (no escape, no control character) whose text starts at
    /// <paramref name="start"/> (just after its opening quote) and that ends within one vector's width; -1 otherwise, for
    /// the general path (<see cref="ScanString"/>) to read. Most strings of a ledger line (names, ids, instants, symbols)
    /// end within 32 bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PlainStringEnd(ReadOnlySpan<byte> text, int start)
    {
        int length = text.Length;
        if ((uint)start >= (uint)length)
        {
            return -1;
        }

        // The bytes from the start; near the end of the line, the line's last bytes, with the bits of those before the
        // start shifted out (so that the last value of a line needs no other path).
        uint stops;
        if (Vector256.IsHardwareAccelerated && length >= Vector256<byte>.Count)
        {
            int at = Math.Min(start, length - Vector256<byte>.Count);
            Vector256<byte> block = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(text), (nuint)at);
            stops = (Vector256.Equals(block, Vector256.Create((byte)'"')) | Vector256.Equals(block, Vector256.Create((byte)'\\'))
                | Vector256.LessThan(block, Vector256.Create((byte)' '))).ExtractMostSignificantBits() >> (start - at);
        }
        else if (Vector128.IsHardwareAccelerated && length >= Vector128<byte>.Count)
        {
            int at = Math.Min(start, length - Vector128<byte>.Count);
            Vector128<byte> block = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(text), (nuint)at);
            stops = (Vector128.Equals(block, Vector128.Create((byte)'"')) | Vector128.Equals(block, Vector128.Create((byte)'\\'))
                | Vector128.LessThan(block, Vector128.Create((byte)' '))).ExtractMostSignificantBits() >> (start - at);
        }
        else
        {
            return -1;
        }

        if (stops == 0)
        {
            return -1;
        }

        // The first stop ends the plain string only when it is a quote (not a backslash or a control character).
        int end = start + BitOperations.TrailingZeroCount(stops);
        return text[end] == (byte)'"' ? end : -1;
    }

    /// <summary>
    /// The index of the first byte from <paramref name="i"/> on that ends a string's plain run: a quote, a backslash or a
    /// control character (below 0x20); the text's length when there is none. Sixteen bytes at a time where it can.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfStringStop(ReadOnlySpan<byte> text, int i)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            ref byte first = ref MemoryMarshal.GetReference(text);
            Vector128<byte> quote = Vector128.Create((byte)'"');
            Vector128<byte> backslash = Vector128.Create((byte)'\\');
            Vector128<byte> space = Vector128.Create((byte)' ');
            while (i <= text.Length - Vector128<byte>.Count)
            {
                Vector128<byte> block = Vector128.LoadUnsafe(ref first, (nuint)i);
                Vector128<byte> stops = Vector128.Equals(block, quote) | Vector128.Equals(block, backslash) | Vector128.LessThan(block, space);
                uint mask = stops.ExtractMostSignificantBits();
                if (mask != 0)
                {
                    return i + BitOperations.TrailingZeroCount(mask);
                }

                i += Vector128<byte>.Count;
            }
        }

        while ((uint)i < (uint)text.Length)
        {
            byte c = text[i];
            if (c == (byte)'"' || c == (byte)'\\' || c < (byte)' ')
            {
                return i;
            }

            i++;
        }

        return text.Length;
    }
}
