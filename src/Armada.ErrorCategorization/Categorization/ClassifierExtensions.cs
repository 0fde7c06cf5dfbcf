using k8s.Models;

namespace Armada.ErrorCategorization.Categorization;

/// <summary>Null-tolerant entry points for callers whose classifier is optional, such as the event factory.</summary>
public static class ClassifierExtensions
{
    /// <summary>Classifies <paramref name="pod"/>, treating a null classifier as one with no categories.</summary>
    /// <param name="classifier">The classifier, or <see langword="null"/> when categorization is not configured.</param>
    /// <param name="pod">The pod; <see langword="null"/> matches nothing.</param>
    /// <returns>The matching category names in config order; empty for a null classifier or pod.</returns>
    public static IReadOnlyList<string> ClassifyOrEmpty(this Classifier? classifier, V1Pod? pod) =>
        classifier is null ? [] : classifier.Classify(pod);
}
