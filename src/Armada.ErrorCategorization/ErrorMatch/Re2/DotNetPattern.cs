namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>A translated pattern and the character tests .NET's engine will build for it.</summary>
/// <param name="Pattern">The pattern in .NET syntax.</param>
/// <param name="UnitSets">Every set of UTF-16 code units the pattern tests.</param>
/// <param name="UsesWordBoundary">Whether the pattern has <c>\b</c> or <c>\B</c>.</param>
internal sealed record DotNetPattern(string Pattern, IReadOnlyList<CodePointSet> UnitSets, bool UsesWordBoundary);
