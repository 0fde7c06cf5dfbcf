using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Failures;
using k8s.Models;

namespace Armada.ErrorCategorization.Categorization;

/// <summary>
/// Assigns error categories to a failed pod, from rules validated and compiled once at construction.
/// An instance is immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// A rule looks at the pod's failed containers: regular and init containers whose current state is
/// terminated with a non-zero exit code. <c>lastState</c>, running and waiting containers, and
/// ephemeral containers are never read, and neither is the pod phase.
/// </para>
/// <para>
/// Thread safety: nothing in an instance changes after the constructor returns. <see cref="Classify"/>
/// and <see cref="Explain"/> only read the compiled rules, private copies of the config's values,
/// and compiled <see cref="System.Text.RegularExpressions.Regex"/> objects, which .NET documents as
/// safe for concurrent matching. One instance can therefore serve every thread of an executor
/// without locks. The pod is only read; do not change it on another thread while it is classified.
/// </para>
/// </remarks>
public sealed class Classifier
{
    /// <summary>The root of the paths in config errors when the config did not say otherwise.</summary>
    public const string DefaultRootPath = "errorCategories";

    /// <summary>Above this many categories, <see cref="Classify"/> keeps its per-category flags on the heap rather than the stack.</summary>
    private const int MaxStackCategories = 256;

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

        CategoryNames = Array.AsReadOnly(Array.ConvertAll(this.categories, category => category.Name));
    }

    /// <summary>A classifier with no categories, which never matches.</summary>
    public static Classifier Empty { get; } = new(null);

    /// <summary>The category names in config order.</summary>
    public IReadOnlyList<string> CategoryNames { get; }

    /// <summary>Returns the names of every category the pod matches.</summary>
    /// <param name="pod">The pod; <see langword="null"/> matches nothing.</param>
    /// <returns>
    /// The matching category names in config order, or an empty list. A pod can match several
    /// categories. Each call returns a new list, or a shared empty one.
    /// </returns>
    /// <remarks>
    /// A pod that matches nothing costs no allocation, and a match costs one array of the names,
    /// as long as the pod has at most eight failed containers and the config at most
    /// 256 categories. The termination-message patterns can add allocations when several threads
    /// match the same pattern at the same moment, because each concurrent match needs its own
    /// regex runner.
    /// </remarks>
    public IReadOnlyList<string> Classify(V1Pod? pod)
    {
        var status = pod?.Status;
        if (status is null)
        {
            return [];
        }

        var buffer = new FailedContainerBuffer();
        var failed = ContainerStatusList.CollectFailures(status, buffer);

        // Flags first, so the result is one array of the exact size and a pod that matches nothing allocates nothing.
        var matched = categories.Length <= MaxStackCategories ? stackalloc bool[categories.Length] : new bool[categories.Length];
        var matchCount = 0;
        for (var i = 0; i < categories.Length; i++)
        {
            if (categories[i].Matches(status.Reason, failed))
            {
                matched[i] = true;
                matchCount++;
            }
        }

        return matchCount == 0 ? [] : NamesOf(matched, matchCount);
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

        var buffer = new FailedContainerBuffer();
        var failed = ContainerStatusList.CollectFailures(status, buffer);
        var matches = new List<CategoryMatch>();
        foreach (var category in categories)
        {
            foreach (var rule in category.Rules)
            {
                var evidence = RuleEvaluator.Match(rule, status.Reason, failed);
                if (evidence.IsMatch)
                {
                    matches.Add(evidence.Describe(category.Name, rule));
                    break;
                }
            }
        }

        return matches;
    }

    private string[] NamesOf(ReadOnlySpan<bool> matched, int matchCount)
    {
        var names = new string[matchCount];
        var next = 0;
        for (var i = 0; i < categories.Length; i++)
        {
            if (matched[i])
            {
                names[next++] = categories[i].Name;
            }
        }

        return names;
    }
}
