namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>
/// A stream as an ASP.NET Core request body is (AllowSynchronousIO off): every synchronous read throws; asynchronous reads
/// give at most <paramref name="maxRead"/> bytes at a time (as a network does). Optionally forward only.
/// </summary>
/// <param name="bytes">The content.</param>
/// <param name="canSeek">Whether the stream can seek (a request body cannot).</param>
/// <param name="maxRead">The most bytes one read gives.</param>
/// <param name="beforeRead">Called with the position before each asynchronous read.</param>
internal sealed class AsyncOnlyStream(byte[] bytes, bool canSeek = true, int maxRead = 999, Action<long>? beforeRead = null) : Stream
{
    private const string Refused = "Synchronous operations are disallowed. Call ReadAsync or set AllowSynchronousIO to true instead.";
    private readonly MemoryStream _inner = new(bytes);

    public override bool CanRead => true;

    public override bool CanSeek => canSeek;

    public override bool CanWrite => false;

    public override long Length => canSeek ? _inner.Length : throw new NotSupportedException();

    public override long Position
    {
        get => _inner.Position;
        set => _inner.Position = canSeek ? value : throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException(Refused);

    public override int Read(Span<byte> buffer) => throw new InvalidOperationException(Refused);

    public override int ReadByte() => throw new InvalidOperationException(Refused);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        beforeRead?.Invoke(_inner.Position);
        return ValueTask.FromResult(_inner.Read(buffer.Span[..Math.Min(buffer.Length, maxRead)]));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => canSeek ? _inner.Seek(offset, origin) : throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
