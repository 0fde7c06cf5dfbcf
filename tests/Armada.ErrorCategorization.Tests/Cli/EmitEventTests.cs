using System.Text.Json;
using System.Text.Json.Nodes;
using Armada.ErrorCategorization.Cli.Reporting;
using Armada.ErrorCategorization.Events;
using k8s;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>With <c>--emit-event</c>, each JSON line embeds the event an executor sends, as protobuf JSON.</summary>
[TestFixture]
public class EmitEventTests
{
    private const string ClusterId = "gpu-cluster-1";

    private static readonly Lazy<CliResult> EventRun =
        new(() => CliRunner.Run("--format", "json", "--emit-event", "--cluster-id", ClusterId, CliRunner.SamplePods));

    [Test]
    public void EmitEvent_Samples_EventOnEveryLine()
    {
        var result = EventRun.Value;

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.JsonLines().Count(line => line.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object).ShouldBe(19);
        });
    }

    [Test]
    public void EmitEvent_FailedOomPod_WritesJobRunErrors()
    {
        var sequence = EventRun.Value.JsonLineOf("ml-research/train-resnet-oom-7f9c2").GetProperty("event");
        var evt = sequence.GetProperty("events")[0];
        var runErrors = evt.GetProperty("jobRunErrors");
        var error = runErrors.GetProperty("errors")[0];
        var podError = error.GetProperty("podError");
        var failureInfo = error.GetProperty("failureInfo");

        Assert.Multiple(() =>
        {
            sequence.GetProperty("queue").GetString().ShouldBe("ml-research");
            sequence.GetProperty("jobSetName").GetString().ShouldBe("resnet50-sweep");
            sequence.GetProperty("events").GetArrayLength().ShouldBe(1);
            evt.GetProperty("created").GetString().ShouldBe("2025-03-14T12:00:00Z");
            runErrors.GetProperty("jobId").GetString().ShouldBe("01j73santbzraqcw6rahn1em41");
            runErrors.GetProperty("runId").GetString().ShouldBe("84735230-b12a-44b0-8906-c9ec18b8916f");
            runErrors.GetProperty("errors").GetArrayLength().ShouldBe(1);
            error.GetProperty("terminal").GetBoolean().ShouldBeTrue();
            podError.GetProperty("objectMeta").GetProperty("executorId").GetString().ShouldBe(ClusterId);
            podError.GetProperty("objectMeta").GetProperty("kubernetesId").GetString().ShouldBe("a4ec7068-0ea8-42e5-a5d9-2727c390169a");
            podError.GetProperty("objectMeta").GetProperty("namespace").GetString().ShouldBe("ml-research");
            podError.GetProperty("objectMeta").GetProperty("name").GetString().ShouldBe("train-resnet-oom-7f9c2");
            podError.GetProperty("nodeName").GetString().ShouldBe("gpu-a100-node-03");
            podError.GetProperty("kubernetesReason").GetString().ShouldBe("OOM");
            podError.GetProperty("message").GetString().ShouldBe("Container main failed with exit code 137 because OOMKilled: \n");
            failureInfo.GetProperty("exitCode").GetInt32().ShouldBe(137);
            failureInfo.GetProperty("containerName").GetString().ShouldBe("main");
            SamplePodsTests.Strings(failureInfo.GetProperty("categories")).ShouldBe(["oom", "sigkill"]);
        });
    }

    [Test]
    public void EmitEvent_NoFailedContainer_OmitsExitCode()
    {
        var failureInfo = EventRun.Value.JsonLineOf("ml-research/train-vit-admission-5c2a8")
            .GetProperty("event").GetProperty("events")[0].GetProperty("jobRunErrors").GetProperty("errors")[0].GetProperty("failureInfo");

        Assert.Multiple(() =>
        {
            failureInfo.TryGetProperty("exitCode", out _).ShouldBeFalse();
            failureInfo.TryGetProperty("containerName", out _).ShouldBeFalse();
            failureInfo.TryGetProperty("categories", out _).ShouldBeFalse();
        });
    }

    [TestCase("data-eng/fetch-imagepull-7b2e5", "jobRunAssigned")]
    [TestCase("ml-serving/serve-crashloop-0a9c6", "jobRunRunning")]
    [TestCase("analytics/report-succeeded-2b8f4", "jobRunSucceeded")]
    [TestCase("physics/sim-deadline-5e8f0", "jobRunErrors")]
    public void EmitEvent_Phase_PicksEventKind(string pod, string expectedKind)
    {
        var evt = EventRun.Value.JsonLineOf(pod).GetProperty("event").GetProperty("events")[0];

        evt.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal).ShouldBe(new[] { "created", expectedKind }.Order(StringComparer.Ordinal));
    }

    [Test]
    public void EmitEvent_MissingJobId_PodError()
    {
        var pod = JsonNode.Parse(File.ReadAllText(CliRunner.Sample("train-resnet-oom-7f9c2.json")))!;
        pod["metadata"]!["labels"]!.AsObject().Remove("armada_job_id");
        var expectedError = ExpectedEventError(pod.ToJsonString());

        var result = CliRunner.RunWithStdin(pod.ToJsonString(), "--format", "json", "--emit-event", "-", CliRunner.Sample("etl-evicted-9d3a7.json"));
        var lines = result.JsonLines();

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            lines.Count.ShouldBe(2);
            lines[0].GetProperty("pod").GetString().ShouldBe("ml-research/train-resnet-oom-7f9c2");
            SamplePodsTests.Strings(lines[0].GetProperty("categories")).ShouldBe(["oom", "sigkill"]);
            lines[0].GetProperty("failureInfo").GetProperty("exitCode").GetInt32().ShouldBe(137);
            lines[0].TryGetProperty("event", out _).ShouldBeFalse();
            lines[0].GetProperty("error").GetString().ShouldBe(expectedError);
            lines[1].TryGetProperty("event", out _).ShouldBeTrue();
            result.ErrorLines.ShouldContain($"armada-classify: stdin: ml-research/train-resnet-oom-7f9c2: {expectedError}");
        });
    }

    [Test]
    public void EmitEvent_UnknownPhase_ReportsPodError()
    {
        var pod = JsonNode.Parse(File.ReadAllText(CliRunner.Sample("train-resnet-oom-7f9c2.json")))!;
        pod["status"]!["phase"] = "Unknown";

        var result = CliRunner.RunWithStdin(pod.ToJsonString(), "--format", "json", "--emit-event", "-");

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(1);
            result.JsonLines().Single().GetProperty("error").GetString().ShouldBe(ExpectedEventError(pod.ToJsonString()));
        });
    }

    [Test]
    public void EmitEvent_WithoutFlag_MissingLabelIsFine()
    {
        var pod = JsonNode.Parse(File.ReadAllText(CliRunner.Sample("train-resnet-oom-7f9c2.json")))!;
        pod["metadata"]!["labels"]!.AsObject().Remove("armada_job_id");

        var result = CliRunner.RunWithStdin(pod.ToJsonString(), "--format", "json", "-");

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            result.JsonLines().Single().TryGetProperty("error", out _).ShouldBeFalse();
        });
    }

    // The event factory owns the wording of its errors and the CLI wraps it. So the expected text
    // is built from the factory's own exception for the same pod.
    private static string ExpectedEventError(string podJson)
    {
        var pod = KubernetesJson.Deserialize<V1Pod>(podJson);
        var exception = Should.Throw<EventCreationException>(() => new EventFactory().CreateEventForCurrentState(pod, "local", null));
        return PodReporter.DescribeEventError(exception);
    }
}
