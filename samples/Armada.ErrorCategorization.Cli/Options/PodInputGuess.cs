using System.Text.RegularExpressions;

namespace Armada.ErrorCategorization.Cli.Options;

/// <summary>
/// Guesses whether an option's value was meant as a pod input path, for the hint given when an
/// option took the only path on the command line as its value.
/// </summary>
internal static partial class PodInputGuess
{
    /// <summary>How much of a <c>--config</c> value is read to look for a pod's <c>kind</c>, in characters.</summary>
    public const int MaxSniffLength = 64 * 1024;

    /// <summary>
    /// Whether <paramref name="value"/>, given to <paramref name="option"/>, looks like pod input:
    /// <c>-</c> (stdin) or an existing directory, for any option; for <c>--cluster-id</c>, an
    /// existing .json, .yaml or .yml file; for <c>--config</c>, such a file whose start declares
    /// <c>kind</c> <c>Pod</c>, <c>List</c> or <c>PodList</c>, because a YAML file is also what
    /// <c>--config</c> expects.
    /// </summary>
    public static bool LooksLikePodInput(string option, string value)
    {
        if (value == CliOptionsParser.StdinPath || Directory.Exists(value))
        {
            return true;
        }

        if (!File.Exists(value) || !HasPodFileExtension(value))
        {
            return false;
        }

        return option switch
        {
            "--cluster-id" => true,
            "--config" => DeclaresPodKind(value),
            _ => false,
        };
    }

    private static bool HasPodFileExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".json" or ".yaml" or ".yml";

    private static bool DeclaresPodKind(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[MaxSniffLength];
            var length = reader.ReadBlock(buffer, 0, buffer.Length);
            var start = new string(buffer, 0, length);
            return JsonPodKind().IsMatch(start) || YamlPodKind().IsMatch(start);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The hint is optional; an unreadable file simply gets the usual message.
            return false;
        }
    }

    // "kind": "Pod" anywhere in JSON. Nested objects such as ownerReferences name other kinds.
    [GeneratedRegex("\"kind\"\\s*:\\s*\"(?:Pod|PodList|List)\"")]
    private static partial Regex JsonPodKind();

    // kind: Pod at the start of a line, which in YAML is the top level of the document.
    [GeneratedRegex("^kind:[ \\t]*[\"']?(?:Pod|PodList|List)[\"']?[ \\t]*\\r?$", RegexOptions.Multiline)]
    private static partial Regex YamlPodKind();
}
