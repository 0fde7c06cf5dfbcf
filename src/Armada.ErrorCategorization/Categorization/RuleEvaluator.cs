using System.Globalization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Failures;

namespace Armada.ErrorCategorization.Categorization;

/// <summary>Evaluates one compiled rule against a pod's reason and failed containers without allocating.</summary>
internal static class RuleEvaluator
{
    /// <summary>Evaluates <paramref name="rule"/>; the default evidence means no match.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="podReason">The pod's <c>status.reason</c>, where Evicted and DeadlineExceeded appear.</param>
    /// <param name="failed">The pod's failed containers, from <see cref="ContainerStatusList.CollectFailures"/>.</param>
    public static RuleEvidence Match(CompiledRule rule, string? podReason, ReadOnlySpan<FailedContainer> failed)
    {
        switch (rule.Kind)
        {
            case RuleKind.Conditions:
                // Pod-level conditions come from status.reason and ignore containerName.
                if (rule.OnEvicted && podReason == Conditions.Evicted)
                {
                    return RuleEvidence.ForCondition(Conditions.Evicted);
                }

                if (rule.OnDeadlineExceeded && podReason == Conditions.DeadlineExceeded)
                {
                    return RuleEvidence.ForCondition(Conditions.DeadlineExceeded);
                }

                return rule.OnOomKilled ? FindContainer(rule, failed) : default;

            case RuleKind.ExitCodes:
            case RuleKind.TerminationMessage:
                return FindContainer(rule, failed);

            default:
                return default;
        }
    }

    private static RuleEvidence FindContainer(CompiledRule rule, ReadOnlySpan<FailedContainer> failed)
    {
        foreach (ref readonly var container in failed)
        {
            if (rule.ContainerName is not null && !string.Equals(container.Name, rule.ContainerName, StringComparison.Ordinal))
            {
                continue;
            }

            var matched = rule.Kind switch
            {
                RuleKind.Conditions => container.Reason == Conditions.OOMKilled,
                RuleKind.ExitCodes => rule.MatchesExitCode(container.ExitCode),
                RuleKind.TerminationMessage => ErrorMatcher.MatchPattern(rule.TerminationMessage, container.Message),
                _ => false,
            };

            if (matched)
            {
                return RuleEvidence.ForContainer(container);
            }
        }

        return default;
    }
}

/// <summary>What a rule matched on: a pod-level condition or a failed container. The default value means no match.</summary>
internal readonly struct RuleEvidence
{
    private readonly string? condition;
    private readonly FailedContainer container;
    private readonly bool isContainer;

    private RuleEvidence(string? condition, FailedContainer container, bool isContainer)
    {
        this.condition = condition;
        this.container = container;
        this.isContainer = isContainer;
    }

    public bool IsMatch => condition is not null || isContainer;

    public static RuleEvidence ForCondition(string condition) => new(condition, default, false);

    public static RuleEvidence ForContainer(in FailedContainer container) => new(null, container, true);

    public CategoryMatch Describe(string category, CompiledRule rule)
    {
        var containerName = isContainer ? container.Name : null;
        return rule.Kind switch
        {
            RuleKind.Conditions => new CategoryMatch(category, rule.Index, "onConditions", containerName, condition ?? Conditions.OOMKilled),
            RuleKind.ExitCodes => new CategoryMatch(
                category, rule.Index, "onExitCodes", containerName, container.ExitCode.ToString(CultureInfo.InvariantCulture)),
            _ => new CategoryMatch(category, rule.Index, "onTerminationMessage", containerName, container.Message ?? string.Empty),
        };
    }
}
