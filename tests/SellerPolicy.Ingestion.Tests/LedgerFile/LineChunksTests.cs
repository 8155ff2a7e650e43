using System.Text;
using SellerPolicy.Ingestion.LedgerFile;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>Blocks of whole lines; a line longer than the limit is a located refusal, never an unhandled overflow.</summary>
public class LineChunksTests
{
    [Fact]
    public void LinesLongerThanTheChunk_AreCarriedWhole()
    {
        string longLine = new('x', 200);
        byte[] text = Encoding.UTF8.GetBytes($"a\n{longLine}\nb\n");

        string joined = string.Concat(LineChunks.Read(new MemoryStream(text), chunkSize: 16, maxLineLength: 1000).Select(Take));

        Assert.Equal(Encoding.UTF8.GetString(text), joined);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ALineOverTheLimit_IsRefusedNamingItsLineAndTheLimit(bool endsWithNewline)
    {
        string longLine = new('x', 300);
        byte[] text = Encoding.UTF8.GetBytes($"a\nb\n{longLine}{(endsWithNewline ? "\n" : "")}");

        IOException refused = Assert.Throws<IOException>(() => LineChunks.Read(new MemoryStream(text), chunkSize: 16, maxLineLength: 100).Select(Take).ToList());

        Assert.Contains("line 3 ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("100 bytes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineJustAtTheLimit_IsRead()
    {
        string line = new('x', 100);
        byte[] text = Encoding.UTF8.GetBytes($"{line}\n{line}");

        string joined = string.Concat(LineChunks.Read(new MemoryStream(text), chunkSize: 16, maxLineLength: 100).Select(Take));

        Assert.Equal(Encoding.UTF8.GetString(text), joined);
    }

    [Fact]
    public void TheDefaultLimit_IsFarBelowTheLargestArray()
        => Assert.True((long)LineChunks.DefaultMaxLineLength * 2 < Array.MaxLength);

    private static string Take(LineChunk chunk)
    {
        try
        {
            return Encoding.UTF8.GetString(chunk.Buffer, 0, chunk.Length);
        }
        finally
        {
            chunk.Return();
        }
    }
}
