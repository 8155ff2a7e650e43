namespace SellerPolicy.Cli;

/// <summary>
/// The files a command reads and writes: an input that is missing or a directory is bad input (exit 1) naming the
/// option; an output that is one of the inputs is refused; outputs are written to a temporary file and renamed, so a
/// failed run never leaves a half-written file (or a clobbered input) behind.
/// </summary>
internal static class CliFiles
{
    /// <summary>Returns <paramref name="file"/> when it is an existing file; else ends the command (exit 1) saying what it is.</summary>
    /// <param name="file">The file given.</param>
    /// <param name="what">What the option names, e.g. "ledger file" or "--orders file".</param>
    public static FileInfo Input(FileInfo file, string what)
    {
        if (Directory.Exists(file.FullName))
        {
            throw CliException.Input($"{what} {file.FullName} is a directory, not a file.");
        }

        if (!file.Exists)
        {
            throw CliException.Input($"{what} not found: {file.FullName}");
        }

        return file;
    }

    /// <summary>
    /// Writes an output through a temporary file in the same directory, renamed over <paramref name="target"/> once
    /// <paramref name="write"/> has finished; refuses a target that is one of <paramref name="inputs"/> (same full path,
    /// or the same file through a symbolic link).
    /// </summary>
    /// <param name="target">The output file.</param>
    /// <param name="option">The option that named it, e.g. "--out".</param>
    /// <param name="inputs">The files the command reads.</param>
    /// <param name="write">Writes the whole output to the path it is given.</param>
    public static void WriteOutput(FileInfo target, string option, IEnumerable<FileInfo> inputs, Action<string> write)
    {
        CheckNotAnInput(target, option, inputs);
        if (Directory.Exists(target.FullName))
        {
            throw CliException.Usage($"{option} {target.FullName} is a directory; give a file name.");
        }

        string directory = Path.GetDirectoryName(target.FullName) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw CliException.Usage($"{option} {target.FullName}: the directory {directory} does not exist.");
        }

        string temporary = Path.Combine(directory, $".{target.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temporary);
            File.Move(temporary, target.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Refuses (exit 2) an output that is one of the inputs.</summary>
    public static void CheckNotAnInput(FileInfo target, string option, IEnumerable<FileInfo> inputs)
    {
        string output = RealPath(target.FullName);
        foreach (FileInfo input in inputs)
        {
            if (string.Equals(RealPath(input.FullName), output, PathComparison))
            {
                throw CliException.Usage($"{option} {target.FullName} is one of the input files ({input.FullName}); writing it would destroy that input. Give another file name.");
            }
        }
    }

    private static StringComparison PathComparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Returns the full path with every symbolic link along it resolved (a part that does not exist is kept as written).</summary>
    internal static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string? root = Path.GetPathRoot(full);
        if (string.IsNullOrEmpty(root))
        {
            return full;
        }

        string current = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (int hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (!info.Exists || info.LinkTarget is not { } link)
                {
                    break;
                }

                current = Path.GetFullPath(link, Path.GetDirectoryName(current) ?? root);
            }
        }

        return current;
    }
}
