namespace Armada.ErrorCategorization.ErrorMatch;

/// <summary>
/// The operators of an <see cref="ExitCodeMatcher"/>. Comparisons are ordinal and case-sensitive:
/// <c>"in"</c> is not <see cref="In"/>.
/// </summary>
public static class ExitCodeOperator
{
    /// <summary>Matches a non-zero exit code that is one of the listed values.</summary>
    public const string In = "In";

    /// <summary>Matches a non-zero exit code that is none of the listed values.</summary>
    public const string NotIn = "NotIn";

    /// <summary>Determines whether <paramref name="value"/> is exactly <see cref="In"/> or <see cref="NotIn"/>.</summary>
    /// <param name="value">The operator string from a config, possibly null.</param>
    /// <returns><see langword="true"/> for <c>"In"</c> and <c>"NotIn"</c>; otherwise <see langword="false"/>.</returns>
    public static bool IsValid(string? value) => value is In or NotIn;
}
