using System.Text;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>A fresh directory under the system temp path for one test's input files, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "armada-classify-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark and returns the file's path.</summary>
    public string Write(string fileName, string content)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
