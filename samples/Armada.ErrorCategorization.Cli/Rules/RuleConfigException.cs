namespace Armada.ErrorCategorization.Cli.Rules;

/// <summary>Thrown when the rule config cannot be loaded; each line names the file, the place and the fix.</summary>
internal sealed class RuleConfigException(IReadOnlyList<string> lines)
    : Exception(string.Join(Environment.NewLine, lines))
{
    /// <summary>One line per problem, ready for stderr.</summary>
    public IReadOnlyList<string> Lines { get; } = lines;
}
