using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Failures;
using k8s.Models;

namespace Armada.ErrorCategorization.Categorization;

/// <summary>
/// Assigns error categories to a failed pod, from rules validated and compiled once at construction.
/// An instance is immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// A rule looks at the pod's failed containers: regular and init containers whose current state is
/// terminated with a non-zero exit code. <c>lastState</c>, running and waiting containers, and
/// ephemeral containers are never read, and neither is the pod phase.
/// </remarks>
public sealed class Classifier
{
    /// <summary>The root of the paths in config errors when the config did not say otherwise.</summary>
    public const string DefaultRootPath = "errorCategories";

    private readonly CompiledCategory[] categories;

    /// <summary>Validates and compiles <paramref name="categories"/>.</summary>
    /// <param name="categories">The categories in config order. Null or empty gives a classifier that never matches.</param>
    /// <exception cref="ClassifierConfigException">The config is invalid; the exception lists every problem.</exception>
    public Classifier(IEnumerable<CategoryConfig?>? categories)
        : this(categories, DefaultRootPath)
    {
    }

    /// <summary>Validates and compiles <paramref name="categories"/>, naming paths in errors from <paramref name="rootPath"/>.</summary>
    /// <param name="categories">The categories in config order. Null or empty gives a classifier that never matches.</param>
    /// <param name="rootPath">The path of the category list in its source, such as <c>application.errorCategories</c>.</param>
    /// <exception cref="ClassifierConfigException">The config is invalid; the exception lists every problem.</exception>
    public Classifier(IEnumerable<CategoryConfig?>? categories, string rootPath)
    {
        ArgumentNullException.ThrowIfNull(rootPath);

        var list = categories?.ToList() ?? [];
        var errors = new List<ConfigError>();
        this.categories = ConfigValidator.Compile(list, rootPath, errors);
        if (errors.Count > 0)
        {
            throw new ClassifierConfigException(errors);
        }

        CategoryNames = Array.ConvertAll(this.categories, category => category.Name);
    }

    /// <summary>A classifier with no categories, which never matches.</summary>
    public static Classifier Empty { get; } = new(null);

    /// <summary>The category names in config order.</summary>
    public IReadOnlyList<string> CategoryNames { get; }

    /// <summary>Returns the names of every category the pod matches.</summary>
    /// <param name="pod">The pod; <see langword="null"/> matches nothing.</param>
    /// <returns>The matching category names in config order, or an empty list. A pod can match several categories.</returns>
    public IReadOnlyList<string> Classify(V1Pod? pod)
    {
        var status = pod?.Status;
        if (status is null)
        {
            return [];
        }

        List<string>? matched = null;
        foreach (var category in categories)
        {
            foreach (var rule in category.Rules)
            {
                if (RuleEvaluator.Match(rule, status).IsMatch)
                {
                    matched ??= new List<string>(categories.Length);
                    matched.Add(category.Name);
                    break;
                }
            }
        }

        return matched is null ? [] : matched;
    }

    /// <summary>Returns, for every category the pod matches, the first rule that matched and on what.</summary>
    /// <param name="pod">The pod; <see langword="null"/> matches nothing.</param>
    /// <returns>One entry per matching category, in config order; the same categories as <see cref="Classify"/>.</returns>
    public IReadOnlyList<CategoryMatch> Explain(V1Pod? pod)
    {
        var status = pod?.Status;
        if (status is null)
        {
            return [];
        }

        var matches = new List<CategoryMatch>();
        foreach (var category in categories)
        {
            foreach (var rule in category.Rules)
            {
                var evidence = RuleEvaluator.Match(rule, status);
                if (evidence.IsMatch)
                {
                    matches.Add(evidence.Describe(category.Name, rule));
                    break;
                }
            }
        }

        return matches;
    }
}
