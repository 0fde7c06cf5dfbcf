namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// A rule on a container's exit code: <c>operator</c> (<see cref="ExitCodeOperator.In"/> or
/// <see cref="ExitCodeOperator.NotIn"/>) applied to a list of <c>values</c>.
/// </summary>
/// <remarks>
/// The matcher itself accepts any operator string and any values; <see cref="ErrorMatcher.MatchExitCode"/>
/// treats an unknown operator as "no match". Config validation rejects unknown operators and empty lists.
/// </remarks>
public sealed record ExitCodeMatcher
{
    /// <summary>The operator, <c>"In"</c> or <c>"NotIn"</c> (case-sensitive).</summary>
    /// <value>Empty by default, which never matches and fails config validation.</value>
    public string Operator { get; init; } = string.Empty;

    /// <summary>The exit codes the operator compares with. Negative codes are ordinary values.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<int> Values { get; init; } = [];
}
