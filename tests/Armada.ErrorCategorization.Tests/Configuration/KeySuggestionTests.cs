using Armada.ErrorCategorization.Categorization.Configuration;
using NUnit.Framework;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Configuration;

public sealed class KeySuggestionTests
{
    private static readonly string[] RuleKeys = ["containerName", "onConditions", "onExitCodes", "onTerminationMessage"];

    [TestCase("onExitCode", "onExitCodes")]
    [TestCase("onexitcode", "onExitCodes")]
    [TestCase("onCondition", "onConditions")]
    [TestCase("onConditon", "onConditions")]
    [TestCase("containerNme", "containerName")]
    [TestCase("container_name", "containerName")]
    [TestCase("onTerminationMesage", "onTerminationMessage")]
    [TestCase("onTermination", null)]
    [TestCase("onPodError", null)]
    [TestCase("x", null)]
    [TestCase("", null)]
    public void Find_RuleKey_SuggestsClosest(string key, string? expected) =>
        KeySuggestion.Find(key, RuleKeys).ShouldBe(expected);

    [TestCase("nam", "name")]
    [TestCase("rule", "rules")]
    [TestCase("nm", null)]
    public void Find_ShortKey_NeedsHalfTheLetters(string key, string? expected) =>
        KeySuggestion.Find(key, ["name", "rules"]).ShouldBe(expected);

    [Test]
    public void Find_VeryLongKey_SuggestsNothing() =>
        KeySuggestion.Find(new string('a', 65), ["name"]).ShouldBeNull();

    [TestCase("", "", 0)]
    [TestCase("abc", "", 3)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("values", "value", 1)]
    public void EditDistance_Pair_CountsEdits(string a, string b, int expected) =>
        KeySuggestion.EditDistance(a, b).ShouldBe(expected);
}
