namespace SellerPolicy.Fuzz;

/// <summary>Runs a harness once on each given input, in process: the corpus and crash check that needs no afl-fuzz.</summary>
internal static class Replay
{
    /// <summary>Runs every file of <paramref name="paths"/> (files or folders, recursively); prints each failure.</summary>
    /// <returns>0 when every input passed, 1 otherwise.</returns>
    public static int Run(Action<byte[]> harness, string[] paths)
    {
        int inputs = 0;
        int failures = 0;
        foreach (string file in paths.SelectMany(Files).Order(StringComparer.Ordinal))
        {
            inputs++;
            try
            {
                harness(File.ReadAllBytes(file));
            }
            catch (Exception ex)
            {
                failures++;
                Console.Error.WriteLine($"{file}: {ex.GetType().Name}: {ex.Message}");
                Console.Error.WriteLine(ex.StackTrace);
            }
        }

        Console.WriteLine($"replayed {inputs} inputs, {failures} failed");
        return failures == 0 && inputs > 0 ? 0 : 1;
    }

    private static IEnumerable<string> Files(string path)
        => Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) != "README.txt")
            : [path];
}
