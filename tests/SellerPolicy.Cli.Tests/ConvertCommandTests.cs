namespace SellerPolicy.Cli.Tests;

public class ConvertCommandTests
{
    [Fact]
    public void Convert_JsonLinesToParquetAndBack_GivesTheSameFigures()
    {
        string jsonl = Cli.TempFile("convert-in.jsonl");
        File.WriteAllText(jsonl, Cli.Run("sample", "--orders", "400", "--seed", "3").Out);
        string parquet = Path.ChangeExtension(jsonl, ".parquet");
        string back = Path.ChangeExtension(jsonl, ".back.jsonl");

        CliResult toParquet = Cli.Run("convert", "--ledger", jsonl, "--out", parquet);
        CliResult toJson = Cli.Run("convert", "--ledger", parquet, "--out", back);

        Assert.Equal(0, toParquet.ExitCode);
        Assert.Equal(0, toJson.ExitCode);
        Assert.Contains("(Parquet)", toParquet.Error, StringComparison.Ordinal);
        Assert.Equal(
            Cli.Run("health", "--ledger", jsonl, "--format", "json").Out,
            Cli.Run("health", "--ledger", parquet, "--format", "json").Out);
        Assert.Equal(
            Cli.Run("series", "--ledger", jsonl, "--format", "csv").Out,
            Cli.Run("series", "--ledger", back, "--format", "csv").Out);
    }

    [Fact]
    public void Validate_ATruncatedParquetFile_FailsWithTheFileNamed()
    {
        string jsonl = Cli.TempFile("truncated-in.jsonl");
        File.WriteAllText(jsonl, Cli.Run("sample", "--orders", "50").Out);
        string parquet = Path.ChangeExtension(jsonl, ".parquet");
        Assert.Equal(0, Cli.Run("convert", "--ledger", jsonl, "--out", parquet).ExitCode);
        byte[] whole = File.ReadAllBytes(parquet);
        File.WriteAllBytes(parquet, whole[..(whole.Length / 3)]);

        CliResult result = Cli.Run("validate", "--ledger", parquet);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Path.GetFileName(parquet)}: not a readable Parquet file", result.Error, StringComparison.Ordinal);
    }
}
