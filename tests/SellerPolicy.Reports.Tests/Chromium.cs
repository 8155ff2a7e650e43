using System.Diagnostics;

namespace SellerPolicy.Reports.Tests;

/// <summary>
/// Runs the real browser (Debian's chromium) headless on a file. Never skipped: when chromium is missing the test fails
/// and says how to install it (.ci/run installs it under CI).
/// </summary>
public static class Chromium
{
    public static string Path()
    {
        foreach (string? candidate in new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("chromium is not installed: run 'apt-get install -y chromium' (.ci/run does it under CI) or set CHROMIUM to the browser's path.");
        return string.Empty;
    }

    /// <summary>Returns the DOM after the page has loaded (<c>--dump-dom</c>).</summary>
    public static string DumpDom(string htmlFile) => Run(["--dump-dom", new Uri(htmlFile).AbsoluteUri]).Out;

    /// <summary>Takes a screenshot of the page (<c>--screenshot</c>) into <paramref name="pngFile"/>.</summary>
    public static void Screenshot(string htmlFile, string pngFile, int width, int height)
        => Run([$"--screenshot={pngFile}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(htmlFile).AbsoluteUri]);

    private static (string Out, string Error) Run(string[] args)
    {
        string profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sellerpolicy-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Path())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", $"--user-data-dir={profile}" }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within 120 s.");
            }

            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {error.Result}");
            return (output.Result, error.Result);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // chromium may still hold a lock file for a moment; the temporary folder is left behind then
            }
        }
    }
}
