using Armada.ErrorCategorization.Categorization;

namespace Armada.ErrorCategorization.Cli.Rules;

/// <summary>The classifier the CLI runs with, and where its rules came from.</summary>
/// <param name="Classifier">The classifier built from the rules.</param>
/// <param name="Source">The config file as given, or <see cref="RuleLoader.DefaultRulesName"/>.</param>
/// <param name="IsDefault">Whether these are the built-in default rules, used when no <c>--config</c> is given.</param>
internal sealed record LoadedRules(Classifier Classifier, string Source, bool IsDefault)
{
    /// <summary>A warning about the config for stderr, such as a file without categories; otherwise <see langword="null"/>.</summary>
    public string? Warning { get; init; }

    /// <summary>Describes the rules in one line, such as <c>rules.yaml (3 categories: oom, evicted, user_error)</c>.</summary>
    public string Describe()
    {
        var names = Classifier.CategoryNames;
        var count = names.Count == 1 ? "1 category" : $"{names.Count} categories";
        var list = names.Count == 0 ? string.Empty : ": " + string.Join(", ", names);
        return $"{Source} ({count}{list})";
    }
}
