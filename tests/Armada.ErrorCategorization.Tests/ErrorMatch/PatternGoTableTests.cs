using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Armada.ErrorCategorization.ErrorMatch;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.ErrorMatch;

/// <summary>Every pattern in <see cref="Re2GoCases"/> compiles and matches each message as Go does.</summary>
[TestFixture]
public sealed class PatternGoTableTests
{
    // Compiling once per pattern keeps the few hundred cases fast.
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new();

    public static IEnumerable<TestCaseData> GoResults() =>
        Re2GoCases.Valid.SelectMany(goCase => goCase.Messages.Select(message =>
            new TestCaseData(goCase.Pattern, message.Message)
                .Returns(message.Matches)
                .SetArgDisplayNames(Show(goCase.Pattern), Show(message.Message))));

    [TestCaseSource(nameof(GoResults))]
    public bool MatchPattern_GoValidPattern_ReturnsGoResult(string pattern, string message) =>
        ErrorMatcher.MatchPattern(Compiled.GetOrAdd(pattern, PatternCompiler.Compile), message);

    [Test]
    public void GoTable_Size_CoversAtLeastEightyPatterns()
    {
        Re2GoCases.Valid.Length.ShouldBeGreaterThanOrEqualTo(80);
    }

    [Test]
    public void GoTable_Patterns_AreDistinct()
    {
        Re2GoCases.Valid.Select(goCase => goCase.Pattern).ShouldBeUnique();
    }

    /// <summary>Shows control and non-ASCII characters as escapes, and long text shortened, in test names.</summary>
    private static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 40 ? $"{text[..20]}…({text.Length} chars)" : text)
        {
            shown.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return $"\"{shown}\"";
    }
}
