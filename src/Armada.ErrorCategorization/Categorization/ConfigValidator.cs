using System.Text.RegularExpressions;
using Armada.ErrorCategorization.ErrorMatch;

namespace Armada.ErrorCategorization.Categorization;

/// <summary>
/// Checks a category list with Armada's checks and compiles it. Unlike Armada, which stops at the
/// first problem, it collects every problem so an operator can fix a config in one pass.
/// </summary>
internal static class ConfigValidator
{
    private const string MatcherNames = "onConditions, onExitCodes, or onTerminationMessage";

    public static CompiledCategory[] Compile(IReadOnlyList<CategoryConfig?> categories, string rootPath, List<ConfigError> errors)
    {
        var compiled = new List<CompiledCategory>(categories.Count);
        var firstUse = new Dictionary<string, int>(StringComparer.Ordinal);

        // Compiling a pattern can take milliseconds, and a YAML alias can repeat one rule thousands
        // of times, so each distinct pattern is compiled once. A compiled Regex is safe to share.
        var compiledPatterns = new Dictionary<string, Regex>(StringComparer.Ordinal);

        for (var i = 0; i < categories.Count; i++)
        {
            var path = $"{rootPath}[{i}]";
            var category = categories[i];
            if (category is null)
            {
                errors.Add(new ConfigError(path, "category is empty; give it a name and at least one rule"));
                continue;
            }

            var name = category.Name ?? string.Empty;
            if (name.Length == 0)
            {
                errors.Add(new ConfigError($"{path}.name", "category must have a name; add a unique, non-empty name", category.Name));
            }
            else if (firstUse.TryGetValue(name, out var first))
            {
                errors.Add(new ConfigError(
                    $"{path}.name",
                    $"duplicate category name \"{name}\", already used by {rootPath}[{first}]; rename one of them or merge their rules",
                    name));
            }
            else
            {
                firstUse.Add(name, i);
            }

            var rules = category.Rules ?? [];
            if (rules.Count == 0)
            {
                errors.Add(new ConfigError($"{path}.rules", $"category \"{name}\" must have at least one rule"));
            }

            var compiledRules = new CompiledRule[rules.Count];
            for (var j = 0; j < rules.Count; j++)
            {
                compiledRules[j] = CompileRule(rules[j], j, $"{path}.rules[{j}]", errors, compiledPatterns);
            }

            compiled.Add(new CompiledCategory(name, compiledRules));
        }

        return [.. compiled];
    }

    private static CompiledRule CompileRule(
        CategoryRule? rule, int index, string path, List<ConfigError> errors, Dictionary<string, Regex> compiledPatterns)
    {
        var conditions = rule?.OnConditions;
        var hasConditions = conditions is { Count: > 0 };
        var hasExitCodes = rule?.OnExitCodes is not null;
        var hasMessage = rule?.OnTerminationMessage is not null;

        var matcherCount = (hasConditions ? 1 : 0) + (hasExitCodes ? 1 : 0) + (hasMessage ? 1 : 0);
        if (matcherCount == 0)
        {
            errors.Add(new ConfigError(path, $"rule must specify one of {MatcherNames}"));
        }
        else if (matcherCount > 1)
        {
            var present = new List<string>(3);
            if (hasConditions)
            {
                present.Add("onConditions");
            }

            if (hasExitCodes)
            {
                present.Add("onExitCodes");
            }

            if (hasMessage)
            {
                present.Add("onTerminationMessage");
            }

            errors.Add(new ConfigError(
                path,
                $"rule must specify only one of {MatcherNames}, but sets {string.Join(" and ", present)}; split it into one rule per matcher"));
        }

        var onOom = false;
        var onEvicted = false;
        var onDeadline = false;
        if (hasConditions)
        {
            for (var k = 0; k < conditions!.Count; k++)
            {
                switch (conditions[k])
                {
                    case Conditions.OOMKilled:
                        onOom = true;
                        break;
                    case Conditions.Evicted:
                        onEvicted = true;
                        break;
                    case Conditions.DeadlineExceeded:
                        onDeadline = true;
                        break;
                    default:
                        errors.Add(new ConfigError(
                            $"{path}.onConditions[{k}]",
                            $"unknown condition \"{conditions[k]}\", valid values: {string.Join(", ", Conditions.Known)} (case-sensitive)",
                            conditions[k]));
                        break;
                }
            }
        }

        int[] exitCodes = [];
        var exitCodesNotIn = false;
        if (hasExitCodes)
        {
            var matcher = rule!.OnExitCodes!;
            if (!ExitCodeOperator.IsValid(matcher.Operator))
            {
                errors.Add(new ConfigError(
                    $"{path}.onExitCodes.operator",
                    $"invalid exit code operator \"{matcher.Operator}\", must be \"In\" or \"NotIn\" (case-sensitive)",
                    matcher.Operator));
            }

            if (matcher.Values is null || matcher.Values.Count == 0)
            {
                errors.Add(new ConfigError($"{path}.onExitCodes.values", "exit code matcher requires at least one value"));
            }

            // A private copy, so a caller that mutates its list after construction cannot change the rule.
            exitCodes = [.. matcher.Values ?? []];
            exitCodesNotIn = matcher.Operator == ExitCodeOperator.NotIn;
        }

        Regex? regex = null;
        if (hasMessage)
        {
            var pattern = rule!.OnTerminationMessage!.Pattern ?? string.Empty;
            try
            {
                if (!compiledPatterns.TryGetValue(pattern, out regex))
                {
                    regex = PatternCompiler.Compile(pattern);
                    compiledPatterns.Add(pattern, regex);
                }
            }
            catch (InvalidPatternException exception)
            {
                errors.Add(new ConfigError($"{path}.onTerminationMessage.pattern", exception.Message, pattern));
            }
        }

        return new CompiledRule
        {
            Index = index,
            Kind = KindOf(hasConditions, hasExitCodes),
            ContainerName = string.IsNullOrEmpty(rule?.ContainerName) ? null : rule.ContainerName,
            OnOomKilled = onOom,
            OnEvicted = onEvicted,
            OnDeadlineExceeded = onDeadline,
            ExitCodes = exitCodes,
            ExitCodesNotIn = exitCodesNotIn,
            TerminationMessage = regex,
        };
    }

    /// <summary>The kind of an accepted rule; a rule with no matcher or several is rejected before it is used.</summary>
    private static RuleKind KindOf(bool hasConditions, bool hasExitCodes)
    {
        if (hasConditions)
        {
            return RuleKind.Conditions;
        }

        return hasExitCodes ? RuleKind.ExitCodes : RuleKind.TerminationMessage;
    }
}
