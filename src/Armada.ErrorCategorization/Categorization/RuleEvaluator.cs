using System.Globalization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Failures;
using k8s.Models;

namespace Armada.ErrorCategorization.Categorization;

/// <summary>Evaluates one compiled rule against a pod status without allocating.</summary>
internal static class RuleEvaluator
{
    public static RuleEvidence Match(CompiledRule rule, V1PodStatus status)
    {
        switch (rule.Kind)
        {
            case RuleKind.Conditions:
                // Pod-level conditions come from status.reason and ignore containerName.
                if (rule.OnEvicted && status.Reason == Conditions.Evicted)
                {
                    return RuleEvidence.ForCondition(Conditions.Evicted);
                }

                if (rule.OnDeadlineExceeded && status.Reason == Conditions.DeadlineExceeded)
                {
                    return RuleEvidence.ForCondition(Conditions.DeadlineExceeded);
                }

                return rule.OnOomKilled ? FindContainer(rule, status) : default;

            case RuleKind.ExitCodes:
            case RuleKind.TerminationMessage:
                return FindContainer(rule, status);

            default:
                return default;
        }
    }

    private static RuleEvidence FindContainer(CompiledRule rule, V1PodStatus status)
    {
        var containers = ContainerStatusList.Of(status);
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i];
            if (!ContainerStatusList.TryGetFailure(container, out var terminated))
            {
                continue;
            }

            if (rule.ContainerName is not null && !string.Equals(container!.Name, rule.ContainerName, StringComparison.Ordinal))
            {
                continue;
            }

            var matched = rule.Kind switch
            {
                RuleKind.Conditions => terminated.Reason == Conditions.OOMKilled,
                RuleKind.ExitCodes => ErrorMatcher.MatchExitCode(rule.ExitCodes, terminated.ExitCode),
                RuleKind.TerminationMessage => ErrorMatcher.MatchPattern(rule.TerminationMessage, terminated.Message),
                _ => false,
            };

            if (matched)
            {
                return RuleEvidence.ForContainer(container!, terminated);
            }
        }

        return default;
    }
}

/// <summary>What a rule matched on: a pod-level condition or a failed container. The default value means no match.</summary>
internal readonly struct RuleEvidence
{
    private readonly string? condition;
    private readonly V1ContainerStatus? container;
    private readonly V1ContainerStateTerminated? terminated;

    private RuleEvidence(string? condition, V1ContainerStatus? container, V1ContainerStateTerminated? terminated)
    {
        this.condition = condition;
        this.container = container;
        this.terminated = terminated;
    }

    public bool IsMatch => condition is not null || terminated is not null;

    public static RuleEvidence ForCondition(string condition) => new(condition, null, null);

    public static RuleEvidence ForContainer(V1ContainerStatus container, V1ContainerStateTerminated terminated) =>
        new(null, container, terminated);

    public CategoryMatch Describe(string category, CompiledRule rule)
    {
        var containerName = container?.Name;
        return rule.Kind switch
        {
            RuleKind.Conditions => new CategoryMatch(category, rule.Index, "onConditions", containerName, condition ?? Conditions.OOMKilled),
            RuleKind.ExitCodes => new CategoryMatch(
                category, rule.Index, "onExitCodes", containerName, terminated!.ExitCode.ToString(CultureInfo.InvariantCulture)),
            _ => new CategoryMatch(category, rule.Index, "onTerminationMessage", containerName, terminated!.Message ?? string.Empty),
        };
    }
}
