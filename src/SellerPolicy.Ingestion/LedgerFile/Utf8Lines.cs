namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>Splits a UTF-8 stream into lines without decoding to strings; skips a leading BOM, strips CR.</summary>
internal static class Utf8Lines
{
    public static IEnumerable<(ReadOnlyMemory<byte> Line, int Number)> Read(Stream stream, int bufferSize = 1 << 16)
    {
        byte[] buffer = new byte[bufferSize];
        int start = 0;
        int end = 0;
        int number = 0;
        bool first = true;
        while (true)
        {
            int read = stream.Read(buffer, end, buffer.Length - end);
            bool atEnd = read == 0;
            end += read;
            if (first && end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                start = 3;
            }

            if (first && (end >= 3 || atEnd))
            {
                first = false;
            }

            while (true)
            {
                int newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline < 0)
                {
                    break;
                }

                number++;
                int length = newline - start;
                if (length > 0 && buffer[newline - 1] == (byte)'\r')
                {
                    length--;
                }

                yield return (new ReadOnlyMemory<byte>(buffer, start, length), number);
                start = newline + 1;
            }

            if (atEnd)
            {
                if (start < end)
                {
                    number++;
                    int length = end - start;
                    if (buffer[end - 1] == (byte)'\r')
                    {
                        length--;
                    }

                    yield return (new ReadOnlyMemory<byte>(buffer, start, length), number);
                }

                yield break;
            }

            // Keep the partial line: move it to the front, or grow the buffer when one line fills it.
            int remaining = end - start;
            if (start == 0 && remaining == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            else if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, remaining);
            }

            start = 0;
            end = remaining;
        }
    }
}
