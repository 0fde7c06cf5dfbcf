using System.Text;
using Armada.ErrorCategorization.Cli.Options;

namespace Armada.ErrorCategorization.Cli.Input;

/// <summary>
/// Reads pods from the paths on the command line, in order: files, directories (their .json,
/// .yaml and .yml files in ordinal name order, not recursive) and <c>-</c> for stdin. A problem
/// with one path or one list item becomes an error entry, and reading goes on with the next.
/// </summary>
internal sealed class PodSource(TextReader stdin)
{
    /// <summary>The name that stands for standard input in messages.</summary>
    public const string StdinName = "stdin";

    private static readonly string[] PodFileExtensions = [".json", ".yaml", ".yml"];

    /// <summary>Reads every pod from <paramref name="paths"/>, lazily and in input order.</summary>
    public IEnumerable<PodInput> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var input in ReadPath(path))
            {
                yield return input;
            }
        }
    }

    private IEnumerable<PodInput> ReadPath(string path)
    {
        if (path == CliOptionsParser.StdinPath)
        {
            return ReadDocument(StdinName, Encoding.UTF8.GetBytes(stdin.ReadToEnd()));
        }

        if (Directory.Exists(path))
        {
            return ReadDirectory(path);
        }

        if (!File.Exists(path))
        {
            return [PodInput.Failed(path, $"{path}: no such file or directory. Check the path, or pass - to read from stdin.")];
        }

        return ReadFile(path);
    }

    private static IEnumerable<PodInput> ReadDirectory(string directory)
    {
        string[] files;
        try
        {
            files = Directory.EnumerateFiles(directory)
                .Where(file => PodFileExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [PodInput.Failed(directory, $"{directory}: cannot list the directory: {exception.Message}")];
        }

        if (files.Length == 0)
        {
            return [PodInput.Failed(directory, $"{directory}: the directory has no .json, .yaml or .yml files. Pass a directory of pod files, or the files themselves.")];
        }

        return files.SelectMany(ReadFile);
    }

    private static IEnumerable<PodInput> ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [PodInput.Failed(path, $"{path}: cannot read the file: {exception.Message.TrimEnd('.')}. Check that it exists and is readable.")];
        }

        return ReadDocument(path, bytes);
    }

    /// <summary>
    /// Reads one document, as JSON when its first character other than whitespace is <c>{</c> or
    /// <c>[</c> and as YAML otherwise, whatever the file's extension.
    /// </summary>
    private static IEnumerable<PodInput> ReadDocument(string source, byte[] bytes)
    {
        var content = bytes.AsMemory();
        if (content.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        var first = FirstNonWhitespace(content.Span);
        if (first < 0)
        {
            return [PodInput.Failed(source, $"{source}: the input is empty. {PodKinds.Hint}")];
        }

        return content.Span[first] is (byte)'{' or (byte)'['
            ? JsonPodReader.Read(source, content)
            : YamlPodReader.Read(source, Encoding.UTF8.GetString(content.Span));
    }

    private static int FirstNonWhitespace(ReadOnlySpan<byte> content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return i;
            }
        }

        return -1;
    }
}
