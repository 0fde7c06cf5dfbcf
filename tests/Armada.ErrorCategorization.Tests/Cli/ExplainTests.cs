using System.Text.Json;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>With <c>--explain</c>, each JSON line lists, per category, the first rule that matched and on what.</summary>
[TestFixture]
public class ExplainTests
{
    private static readonly Lazy<CliResult> ExplainRun = new(() => CliRunner.Run("--format", "json", "--explain", CliRunner.SamplePods));

    private static IEnumerable<TestCaseData> MatchCases()
    {
        yield return new TestCaseData("ml-research/train-resnet-oom-7f9c2", new[]
        {
            new ExpectedMatch("oom", 0, "onConditions", "main", "OOMKilled"),
            new ExpectedMatch("sigkill", 0, "onExitCodes", "main", "137"),
        }).SetName("Explain_OomPod_ConditionAndExitCode");
        yield return new TestCaseData("data-eng/etl-evicted-9d3a7", new[]
        {
            new ExpectedMatch("evicted", 0, "onConditions", null, "Evicted"),
            new ExpectedMatch("sigkill", 0, "onExitCodes", "main", "137"),
        }).SetName("Explain_EvictedPod_PodConditionHasNoContainer");
        yield return new TestCaseData("physics/sim-deadline-5e8f0", new[]
        {
            new ExpectedMatch("deadline_exceeded", 0, "onConditions", null, "DeadlineExceeded"),
        }).SetName("Explain_DeadlinePod_PodCondition");
        yield return new TestCaseData("ml-research/train-llm-nccl-6c0d9", new[]
        {
            new ExpectedMatch("nccl_error", 0, "onTerminationMessage", "main",
                "torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1970, " +
                "unhandled system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.20.5\nncclS..."),
            new ExpectedMatch("user_error", 0, "onExitCodes", "main", "1"),
        }).SetName("Explain_NcclPod_MessageCutTo200Characters");
        yield return new TestCaseData("ml-research/sweep-lr-0001-8c1f0", new[]
        {
            new ExpectedMatch("user_error", 0, "onExitCodes", "main", "127"),
        }).SetName("Explain_CommandNotFound_ExitCode");
        yield return new TestCaseData("analytics/report-succeeded-2b8f4", Array.Empty<ExpectedMatch>())
            .SetName("Explain_SucceededPod_EmptyMatches");
    }

    [TestCaseSource(nameof(MatchCases))]
    public void Explain_Pod_ListsMatches(string pod, ExpectedMatch[] expected)
    {
        var matches = ExplainRun.Value.JsonLineOf(pod).GetProperty("matches").EnumerateArray().Select(ExpectedMatch.From).ToArray();

        matches.ShouldBe(expected);
    }

    [Test]
    public void Explain_MatchObject_KeepsKeyOrder()
    {
        var match = ExplainRun.Value.JsonLineOf("ml-research/train-resnet-oom-7f9c2").GetProperty("matches")[0];

        match.EnumerateObject().Select(property => property.Name).ShouldBe(["category", "rule", "matcher", "container", "value"]);
    }

    [Test]
    public void Explain_LongMessage_ValueIsAtMost200Characters()
    {
        var value = ExplainRun.Value.JsonLineOf("ml-research/train-bert-cuda-3f7a1").GetProperty("matches")[0].GetProperty("value").GetString()!;

        Assert.Multiple(() =>
        {
            value.Length.ShouldBe(200);
            value.ShouldStartWith("RuntimeError: CUDA error: an illegal memory access was encountered\n");
            value.ShouldEndWith("...");
        });
    }

    /// <summary>One entry of <c>matches</c>; a null container means the key is absent.</summary>
    public sealed record ExpectedMatch(string Category, int Rule, string Matcher, string? Container, string Value)
    {
        public static ExpectedMatch From(JsonElement match) => new(
            match.GetProperty("category").GetString()!,
            match.GetProperty("rule").GetInt32(),
            match.GetProperty("matcher").GetString()!,
            match.TryGetProperty("container", out var container) ? container.GetString() : null,
            match.GetProperty("value").GetString()!);
    }
}
