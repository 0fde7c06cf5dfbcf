using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Armada.ErrorCategorization.Cli.Rules;

/// <summary>
/// Words the warning for a <c>--config</c> file that loaded without error but defines no category.
/// Such a config is valid, but it is far more often a mistake (a typo in <c>application</c>, a pod
/// file passed to the wrong option) than a wish to classify nothing, so the CLI warns and names what it found.
/// </summary>
internal static class EmptyConfigWarning
{
    private const string Application = "application";
    private const string ErrorCategories = "errorCategories";
    private const string Consequence = "so every pod will have no categories.";

    /// <summary>
    /// Returns one line, without the program prefix, that names <paramref name="path"/> and what was
    /// missing or empty, with a "did you mean" hint where a key looks misspelt.
    /// </summary>
    /// <param name="path">The config file as given on the command line.</param>
    /// <param name="yaml">The file's text, which the classifier loader has already accepted, or <see langword="null"/> when it could not be read again.</param>
    public static string Describe(string path, string? yaml)
    {
        var noSection = $"{path}: no {Application}.{ErrorCategories} section or category list found, {Consequence}";
        if (yaml is null)
        {
            return noSection;
        }

        YamlNode? root;
        try
        {
            root = ReadRoot(yaml);
        }
        catch (YamlException)
        {
            // The loader accepted the text, so this is not expected; the warning then goes without a hint.
            return noSection;
        }

        return root switch
        {
            YamlSequenceNode => $"{path}: the category list is empty, {Consequence}",
            YamlMappingNode mapping => DescribeMapping(path, mapping, noSection),
            _ => $"{noSection} The file has no content.",
        };
    }

    private static YamlNode? ReadRoot(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0)
        {
            return null;
        }

        var root = stream.Documents[0].RootNode;
        return root is YamlScalarNode { Value: null or "" or "~" or "null" or "Null" or "NULL" } ? null : root;
    }

    // NOTE: keys that reach the root through a merge key (<<) are not looked at, so such a config
    // gets the hints of its literal keys only.
    private static string DescribeMapping(string path, YamlMappingNode root, string noSection)
    {
        if (Find(root, Application) is { } application)
        {
            return DescribeApplication(path, application, noSection);
        }

        if (Find(root, "kind") is YamlScalarNode { Value: { Length: > 0 } kind })
        {
            return $"{noSection} The file looks like a Kubernetes {kind}, not a rule config: pass pods as PATH arguments and rules with --config.";
        }

        var hints = new List<string>();
        foreach (var key in ScalarKeys(root))
        {
            if (KeyTypo.IsLikely(key.Value!, Application))
            {
                hints.Add($"Did you mean {Application} instead of '{key.Value}' (line {key.Start.Line})?");
            }
            else if (KeyTypo.IsLikely(key.Value!, ErrorCategories))
            {
                hints.Add($"Did you mean {Application}.{ErrorCategories} instead of '{key.Value}' (line {key.Start.Line})?");
            }
        }

        return hints.Count == 0 ? noSection : $"{noSection} {string.Join(" ", hints)}";
    }

    private static string DescribeApplication(string path, YamlNode application, string noSection)
    {
        var settings = application as YamlMappingNode;
        if (settings is not null && Find(settings, ErrorCategories) is not null)
        {
            return $"{path}: {Application}.{ErrorCategories} is empty, {Consequence}";
        }

        var misspelt = settings is null ? [] : ScalarKeys(settings).Where(key => KeyTypo.IsLikely(key.Value!, ErrorCategories)).ToList();
        if (misspelt.Count == 0)
        {
            return $"{noSection} The {Application} section has no {ErrorCategories} key. Did you mean to list the categories under {Application}.{ErrorCategories}?";
        }

        var found = string.Join(", ", misspelt.Select(key => $"{Application}.{key.Value} (line {key.Start.Line})"));
        return $"{noSection} Did you mean {Application}.{ErrorCategories} instead of {found}?";
    }

    /// <summary>Returns the value of <paramref name="key"/>, matched case-insensitively as the config loader matches keys.</summary>
    private static YamlNode? Find(YamlMappingNode mapping, string key) =>
        mapping.Children
            .Where(entry => entry.Key is YamlScalarNode scalar && string.Equals(scalar.Value, key, StringComparison.OrdinalIgnoreCase))
            .Select(entry => entry.Value)
            .FirstOrDefault();

    private static IEnumerable<YamlScalarNode> ScalarKeys(YamlMappingNode mapping) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Where(key => !string.IsNullOrEmpty(key.Value));
}
