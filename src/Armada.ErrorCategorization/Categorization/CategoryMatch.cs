namespace Armada.ErrorCategorization.Categorization;

/// <summary>Why a pod matched a category: the first rule of the category that matched, and on what.</summary>
/// <param name="Category">The category name.</param>
/// <param name="RuleIndex">Zero-based index of the matching rule within the category.</param>
/// <param name="Matcher">The rule's matcher key: <c>onConditions</c>, <c>onExitCodes</c> or <c>onTerminationMessage</c>.</param>
/// <param name="ContainerName">The failed container that matched, or <see langword="null"/> for a pod-level condition.</param>
/// <param name="Value">
/// The value that matched: the condition name, the exit code in decimal, or the termination message.
/// </param>
public sealed record CategoryMatch(string Category, int RuleIndex, string Matcher, string? ContainerName, string Value);
