using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;

namespace Armada.ErrorCategorization.Cli.Rules;

/// <summary>Builds the classifier from <c>--config</c>, or from the default rules built into the CLI.</summary>
internal static class RuleLoader
{
    /// <summary>How messages name the built-in rules.</summary>
    public const string DefaultRulesName = "built-in default rules";

    /// <summary>The manifest resource name of samples/config/default-rules.yaml, set in the project file.</summary>
    public const string DefaultRulesResource = "Armada.ErrorCategorization.Cli.default-rules.yaml";

    /// <summary>Loads the rules from <paramref name="configPath"/>, or the built-in rules when it is null.</summary>
    /// <exception cref="RuleConfigException">The file cannot be read, or the config is invalid.</exception>
    public static LoadedRules Load(string? configPath) =>
        configPath is null ? LoadDefault() : LoadFile(configPath);

    /// <summary>Returns the text of the built-in default rules.</summary>
    public static string ReadDefaultRules()
    {
        using var stream = typeof(RuleLoader).Assembly.GetManifestResourceStream(DefaultRulesResource)
            ?? throw new InvalidOperationException($"the CLI was built without its {DefaultRulesResource} resource; rebuild it.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static LoadedRules LoadDefault()
    {
        try
        {
            return new LoadedRules(ClassifierConfigLoader.CreateClassifier(ReadDefaultRules(), DefaultRulesName), DefaultRulesName, IsDefault: true);
        }
        catch (ClassifierConfigException exception)
        {
            throw new RuleConfigException(Describe(DefaultRulesName, exception));
        }
    }

    private static LoadedRules LoadFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new RuleConfigException([$"{path}: the config is a directory. Pass a YAML file to --config."]);
        }

        if (!File.Exists(path))
        {
            throw new RuleConfigException([$"{path}: config file not found. Check the --config path."]);
        }

        try
        {
            var classifier = ClassifierConfigLoader.CreateClassifierFromFile(path);
            return new LoadedRules(classifier, path, IsDefault: false)
            {
                Warning = classifier.CategoryNames.Count == 0 ? DescribeEmptyConfig(path) : null,
            };
        }
        catch (ClassifierConfigException exception)
        {
            throw new RuleConfigException(Describe(path, exception));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new RuleConfigException([$"{path}: cannot read the config file: {exception.Message} Check that it is readable."]);
        }
    }

    private static string DescribeEmptyConfig(string path)
    {
        string? yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The loader read the file a moment ago. If it cannot be read again, the warning has no hint.
            yaml = null;
        }

        return EmptyConfigWarning.Describe(path, yaml);
    }

    /// <summary>Formats each config error as <c>file:line:column: path: message</c>, the form editors and CI logs link to.</summary>
    private static List<string> Describe(string path, ClassifierConfigException exception)
    {
        var source = exception.ConfigSource ?? path;
        return exception.Errors
            .Select(error =>
            {
                var position = error.Line is { } line ? $":{line}:{error.Column ?? 1}" : string.Empty;
                var where = string.IsNullOrEmpty(error.Path) ? string.Empty : $" {error.Path}:";
                return $"{source}{position}:{where} {error.Message}";
            })
            .ToList();
    }
}
