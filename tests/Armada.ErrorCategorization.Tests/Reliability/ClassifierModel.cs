using System.Text.RegularExpressions;
using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using k8s.Models;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// A plain, unoptimised statement of the classification contract, written apart from the library, to
/// compare the classifier with. It reads the pod with LINQ and evaluates patterns with .NET's default
/// regex engine, so it is meant only for the patterns of <see cref="RuleGen.Patterns"/>.
/// </summary>
internal static class ClassifierModel
{
    /// <summary>Regular then init container statuses whose current state is terminated with a non-zero code.</summary>
    public static List<(string? Name, V1ContainerStateTerminated Terminated)> FailedContainers(V1Pod? pod) =>
        (pod?.Status?.ContainerStatuses ?? [])
            .Concat(pod?.Status?.InitContainerStatuses ?? [])
            .Where(status => status?.State?.Terminated is { ExitCode: not 0 })
            .Select(status => ((string?)status.Name, status.State.Terminated))
            .ToList();

    public static bool RuleMatches(CategoryRule rule, V1Pod? pod)
    {
        if (pod?.Status is null)
        {
            return false;
        }

        var failed = FailedContainers(pod)
            .Where(container => string.IsNullOrEmpty(rule.ContainerName) || container.Name == rule.ContainerName)
            .ToList();

        if (rule.OnConditions is { Count: > 0 } conditions)
        {
            return conditions.Any(condition => condition switch
            {
                Conditions.OOMKilled => failed.Any(container => container.Terminated.Reason == "OOMKilled"),
                Conditions.Evicted or Conditions.DeadlineExceeded => pod.Status.Reason == condition,
                _ => false,
            });
        }

        if (rule.OnExitCodes is { } exitCodes)
        {
            return failed.Any(container => exitCodes.Operator == ExitCodeOperator.In
                ? exitCodes.Values.Contains(container.Terminated.ExitCode)
                : !exitCodes.Values.Contains(container.Terminated.ExitCode));
        }

        var pattern = rule.OnTerminationMessage!.Pattern;
        return failed.Any(container => !string.IsNullOrEmpty(container.Terminated.Message) &&
                                       Regex.IsMatch(container.Terminated.Message, pattern, RegexOptions.CultureInvariant));
    }

    public static List<string> Classify(IEnumerable<CategoryConfig> categories, V1Pod? pod) =>
        categories.Where(category => category.Rules!.Any(rule => RuleMatches(rule, pod))).Select(category => category.Name!).ToList();
}
